import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { bodyLimitFor } from '../../http/bodyLimit';
import type { Router } from '../../http/router';
import type { Route } from '../../http/types';

/** The slice of `@azure/functions`' `app` this adapter needs, so it can be tested without the host. */
export interface FunctionsApp {
  http(name: string, options: { route: string; methods: Route['method'][]; authLevel: 'anonymous'; handler: (request: HttpRequest) => Promise<HttpResponseInit> }): void;
}

/** Turns a Functions request into the router's request and its answer back into a Functions response. */
export function toFunctionsHandler(router: Router) {
  return async (request: HttpRequest): Promise<HttpResponseInit> => {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api/, '');
    const limit = bodyLimitFor(path);
    const declared = Number(request.headers.get('content-length') ?? 0);
    // Refuse an oversized body before buffering it; the router answers 413 for anything over the cap.
    const body = declared > limit ? new Uint8Array(limit + 1) : new Uint8Array(await request.arrayBuffer());
    const response = await router({
      method: request.method,
      path,
      query: url.searchParams,
      headers: request.headers,
      body,
    });
    const headers: Record<string, string> = { ...response.headers };
    if (response.body === undefined) return { status: response.status, headers };
    headers['Content-Type'] ??= 'application/json; charset=utf-8';
    const sent = typeof response.body === 'string' || response.body instanceof Uint8Array ? response.body : JSON.stringify(response.body);
    return { status: response.status, headers, body: sent };
  };
}

/** Registers every route of the table as one anonymous HTTP function (auth happens in the router). */
export function registerRoutes(app: FunctionsApp, routes: readonly Route[], router: Router): void {
  const handler = toFunctionsHandler(router);
  for (const route of routes) {
    app.http(route.name, { route: route.path.replace(/^\//, ''), methods: [route.method], authLevel: 'anonymous', handler });
  }
}
