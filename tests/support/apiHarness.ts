import { inject } from 'vitest';
import { startLocalApi, repoRoot, type LocalApi } from '../../api/src/hosts/local/stack';

/** A signed-in caller's view of the API: JSON in, status + parsed body + headers out. */
export interface Client {
  readonly token: string;
  request(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<ClientResponse>;
}

export interface ClientResponse {
  readonly status: number;
  readonly headers: Headers;
  // Tests inspect arbitrary JSON; each assertion narrows what it needs.
  readonly body: Record<string, unknown> & { items?: Record<string, unknown>[] };
}

/** Starts the real local API (node:http host, route table, dev issuer) against the run's Azurite. */
export async function startTestApi(options: { now?: () => Date } = {}): Promise<LocalApi> {
  return startLocalApi({
    ...options,
    // Tests run the nudge scheduler themselves (api.nudges.tick()), at the clock they set.
    nudgeIntervalMs: 0,
    root: repoRoot,
    apiPort: 0,
    tabOrigin: 'http://localhost:53000',
    tablesConnectionString: inject('tablesConnectionString'),
    quiet: true,
  });
}

/** Sends a request with an optional raw or JSON body. */
export async function send(api: LocalApi, method: string, path: string, options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<ClientResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${api.baseUrl}/api${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? {} : (JSON.parse(text) as ClientResponse['body']) };
}

/** A client signed in as the dev user `name` (the same name is always the same person). */
export async function clientFor(api: LocalApi, name: string): Promise<Client> {
  const token = await api.issuer.issue(name);
  return {
    token,
    request: (method, path, options = {}) => send(api, method, path, { ...options, token }),
  };
}
