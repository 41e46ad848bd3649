import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Router } from '../../http/router';
import { bodyLimitFor } from '../../http/bodyLimit';
import type { ApiRequest } from '../../http/types';
import { isValidDevUser, type DevIssuer } from './devIssuer';

/** Where the local host serves the dev token issuer, beside the API under `/api`. */
export const DEV_ISSUER_PATHS = { jwks: '/dev/jwks', token: '/dev/token' } as const;

const ALLOWED_HEADERS = 'Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, Upward-Confirm';
const EXPOSED_HEADERS = 'ETag, Retry-After, Content-Disposition';

/**
 * Keeps at most `limit` + 1 bytes, enough for the route to see an oversized body and answer 413
 * without buffering all of it, but reads the body to its end: leaving the loop early destroys
 * the request and with it the keep-alive connection, so the client's next request is reset.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let kept = 0;
  for await (const chunk of req) {
    const room = limit + 1 - kept;
    if (room <= 0) continue;
    const buffer = chunk as Buffer;
    const part = buffer.byteLength > room ? buffer.subarray(0, room) : buffer;
    chunks.push(part);
    kept += part.byteLength;
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(text);
}

/**
 * The local host: serves the same route table as Azure over node:http under `/api`, plus
 * the dev token issuer under `/dev`. Never deployed.
 */
export function createLocalServer(options: { router: Router; issuer: DevIssuer; corsOrigin: string }): Server {
  const cors = {
    'Access-Control-Allow-Origin': options.corsOrigin,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'OPTIONS') {
        send(res, 204, cors, undefined);
        return;
      }
      if (url.pathname === DEV_ISSUER_PATHS.jwks && req.method === 'GET') {
        send(res, 200, cors, options.issuer.jwks);
        return;
      }
      if (url.pathname === DEV_ISSUER_PATHS.token && req.method === 'GET') {
        const user = url.searchParams.get('user') ?? '';
        if (!isValidDevUser(user)) {
          send(res, 400, cors, { title: 'Name a dev user: letters, digits, spaces and . _ ( ) -', status: 400 });
          return;
        }
        send(res, 200, { ...cors, 'Cache-Control': 'no-store' }, { token: await options.issuer.issue(user) });
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        const request: ApiRequest = {
          method: req.method ?? 'GET',
          path: url.pathname.slice('/api'.length),
          query: url.searchParams,
          headers: { get: (name) => (req.headers[name.toLowerCase()] as string | undefined) ?? null },
          body: await readBody(req, bodyLimitFor(url.pathname.slice('/api'.length))),
        };
        const response = await options.router(request);
        send(res, response.status, { ...cors, ...response.headers }, response.body);
        return;
      }
      send(res, 404, cors, { title: 'Not found.', status: 404 });
    })().catch((error: unknown) => {
      console.error('local host error', error);
      if (!res.headersSent) send(res, 500, cors, { title: 'Something went wrong on our side.', status: 500 });
      else res.destroy();
    });
  });
}
