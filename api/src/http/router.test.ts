import { describe, expect, it } from 'vitest';
import { createServices } from '../app/services';
import type { AppConfig } from '../config/settings';
import { createRouter } from './router';
import type { ApiRequest, PublicRoute } from './types';

const config: AppConfig = {
  mode: 'local',
  // Never reached: these routes touch no storage.
  tables: { kind: 'connectionString', connectionString: 'UseDevelopmentStorage=true' },
  auth: { jwksUri: 'http://127.0.0.1:9/jwks', issuer: 'http://127.0.0.1:9/{tid}', audiences: ['api://test'], requiredScope: 'access_as_user', allowedTenants: [] },
  bot: undefined,
  corsOrigin: 'http://localhost:53000',
};
const services = createServices(config, { log: { info: () => undefined, error: () => undefined } });

/** A public route that answers with its own name and the parameters it was given. */
function answering(name: string, method: PublicRoute['method'], path: string): PublicRoute {
  return { method, path, name, summary: name, auth: 'none', handle: async ({ params }) => ({ status: 200, body: { name, params } }) };
}

function request(method: string, path: string): ApiRequest {
  return { method, path, query: new URLSearchParams(), headers: { get: () => null }, body: new Uint8Array() };
}

describe('the router matches by specificity, not by the order of the table', () => {
  const byId = answering('by-id', 'GET', '/me/commitments/{id}');
  const summary = answering('summary', 'GET', '/me/commitments/summary');
  const replace = answering('replace', 'PUT', '/me/commitments/{id}');

  it.each([
    ['{id} listed first', [byId, replace, summary]],
    ['summary listed first', [summary, byId, replace]],
  ])('a literal segment beats a parameter (%s)', async (_label, routes) => {
    const router = createRouter(routes, services);
    expect((await router(request('GET', '/me/commitments/summary'))).body).toEqual({ name: 'summary', params: {} });
    expect((await router(request('GET', '/me/commitments/01J00000000000000000000000'))).body).toEqual({
      name: 'by-id',
      params: { id: '01J00000000000000000000000' },
    });
  });

  it('a method only the parameter route has still reaches it', async () => {
    const router = createRouter([byId, replace, summary], services);
    expect((await router(request('PUT', '/me/commitments/summary'))).body).toEqual({ name: 'replace', params: { id: 'summary' } });
  });

  it('a path no route has is 404, a method no matching route has is 405', async () => {
    const router = createRouter([summary], services);
    expect((await router(request('GET', '/me/nothing'))).status).toBe(404);
    expect((await router(request('DELETE', '/me/commitments/summary'))).status).toBe(405);
  });
});
