import type { Services } from '../app/services';
import { createTokenVerifier, type TokenVerifier } from './auth';
import { HttpError, notFound, toProblemResponse } from './errors';
import type { ApiRequest, ApiResponse, Route } from './types';

interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: string[];
  /** Per segment, 1 for a literal and 0 for a `{param}`: compared left to right, higher wins. */
  readonly specificity: number[];
}

/**
 * The regular-expression source (unanchored) that matches a route's path, each `{name}`
 * parameter one segment, and the parameters' names in order. The router and the tab's dev
 * proxy both match with it, so they cannot disagree about what is an API route.
 */
export function routePathPattern(path: string): { readonly source: string; readonly names: readonly string[] } {
  const names: string[] = [];
  // Route paths are literal segments and `{name}` parameters; nothing else needs escaping.
  const source = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { source, names };
}

function compile(route: Route): CompiledRoute {
  const { source, names } = routePathPattern(route.path);
  const specificity = route.path.split('/').map((segment) => (/^\{\w+\}$/.test(segment) ? 0 : 1));
  return { route, pattern: new RegExp(`^${source}$`), names: [...names], specificity };
}

/** Orders two routes that match the same path: the first segment where one is literal and the other a parameter decides. */
function moreSpecificFirst(a: CompiledRoute, b: CompiledRoute): number {
  for (let index = 0; index < Math.max(a.specificity.length, b.specificity.length); index++) {
    const difference = (b.specificity[index] ?? 0) - (a.specificity[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Serves the route table: matching, authentication and error mapping in one place. Routes are
 * matched by specificity, not by their order in the table: `/me/commitments/summary` wins over
 * `/me/commitments/{id}` wherever each is listed.
 */
export function createRouter(routes: readonly Route[], services: Services, verifyToken: TokenVerifier = createTokenVerifier(services.config.auth)) {
  const compiled = routes.map(compile).sort(moreSpecificFirst);

  return async function handle(request: ApiRequest): Promise<ApiResponse> {
    const started = performance.now();
    let matched: Route | undefined;
    let response: ApiResponse;
    try {
      const candidates = compiled
        .map((entry) => ({ entry, match: entry.pattern.exec(request.path) }))
        .filter((candidate) => candidate.match !== null);
      if (candidates.length === 0) throw notFound();
      const hit = candidates.find((candidate) => candidate.entry.route.method === request.method);
      if (hit?.match == null) {
        throw new HttpError(405, 'method_not_allowed', 'This method is not allowed here.');
      }
      const { route, names } = hit.entry;
      matched = route;
      const params: Record<string, string> = {};
      names.forEach((name, index) => {
        params[name] = decodeURIComponent(hit.match?.[index + 1] ?? '');
      });
      if (route.auth === 'user') {
        const caller = await verifyToken(request.headers.get('authorization'));
        response = await route.handle({ request, params, services, caller });
      } else {
        response = await route.handle({ request, params, services });
      }
    } catch (error) {
      const known = error instanceof URIError ? new HttpError(400, 'bad_path', 'The address is malformed.') : error;
      response = toProblemResponse(known, services.log.error);
    }
    services.log.info('request', {
      route: matched === undefined ? 'unmatched' : matched.name,
      method: request.method,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
    });
    return response;
  };
}

/** The router's request handler. */
export type Router = ReturnType<typeof createRouter>;
