import type { ProxyOptions } from 'vite';
import { routePathPattern } from '../../http/router';
import { routes } from '../routeTable';
import { DEV_ISSUER_PATHS } from './server';

/** What the local host serves, as the paths a request may name: every route of the route table under `/api`, and the dev issuer. */
function localHostPaths(): string[] {
  return [...routes.map((route) => `/api${routePathPattern(route.path).source}`), ...Object.values(DEV_ISSUER_PATHS)];
}

/**
 * The proxy of the tab's Vite servers (`npm start`'s dev server and the preview the browser
 * tests use, each passing it inline for the API it started): it forwards exactly the local
 * host's paths to `apiTarget`, whatever the method and query, and leaves everything else to
 * Vite. A `/api` prefix would not do: the tab imports the shared contract from `api/src/`, so
 * the dev server's own modules live under `/api/src/...`.
 */
export function tabProxy(apiTarget: string): Record<string, ProxyOptions> {
  // Vite reads a key that starts with `^` as a regular expression over the request's path and query.
  return { [`^(?:${localHostPaths().join('|')})(?:\\?.*)?$`]: { target: apiTarget } };
}
