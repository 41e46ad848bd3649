import { randomUUID } from 'node:crypto';
import { SignJWT, generateKeyPair, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TENANT_ID, devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { routes } from '../../api/src/hosts/routeTable';
import { clientFor, send, startTestApi } from '../support/apiHarness';

let api: LocalApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const name = () => `mallory-${randomUUID().slice(0, 8)}`;
const goal = { title: 'Become staff engineer', horizon: '5y' };

/** The same claims a valid token carries, signed by a key the API has never seen. */
async function forgedToken(user: string): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  const real = decodeJwt(await api.issuer.issue(user));
  return new SignJWT({ ...real }).setProtectedHeader({ alg: 'RS256', kid: 'upward-local-1' }).sign(privateKey);
}

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
  claims.oid = devUserObjectId('someone-else');
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

describe('every /api route but health and openapi requires a valid token', () => {
  const cases: [string, () => Promise<string | undefined>][] = [
    ['no token', async () => undefined],
    ['not a JWT', async () => 'not-a-token'],
    ['expired', async () => api.issuer.issue(name(), { issuedAt: Math.floor(Date.now() / 1000) - 7200, lifetimeSeconds: 3600 })],
    ['not yet valid', async () => api.issuer.issue(name(), { issuedAt: Math.floor(Date.now() / 1000) + 3600 })],
    ['tampered payload', async () => tamper(await api.issuer.issue(name()))],
    ['signed by another key', async () => forgedToken(name())],
    ['wrong audience', async () => api.issuer.issue(name(), { audience: 'api://evil.example/00000000-0000-4000-8000-000000000bad' })],
    ['wrong issuer', async () => api.issuer.issue(name(), { issuer: 'https://login.microsoftonline.com/00000000-0000-4000-8000-000000000bad/v2.0' })],
    ['missing scope', async () => api.issuer.issue(name(), { scope: 'User.Read' })],
    ['alg none', async () => `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ oid: devUserObjectId('x'), tid: LOCAL_TENANT_ID, scp: 'access_as_user' })).toString('base64url')}.`],
  ];

  it.each(cases)('%s: 401 problem+json and nothing written', async (_label, makeToken) => {
    const token = await makeToken();
    for (const [method, path] of [['GET', '/me/overview'], ['GET', '/me/goals'], ['POST', '/me/goals'], ['POST', '/me/wins']] as const) {
      const response = await send(api, method, path, { ...(token === undefined ? {} : { token }), ...(method === 'POST' ? { body: goal } : {}) });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('a public route is a deliberate choice: health, openapi, the bot (botbuilder checks its token) and download links (the link is the credential)', () => {
    const publicRoutes = routes.filter((route) => route.auth === 'none').map((route) => route.name);
    expect(publicRoutes.sort()).toEqual(['bot-messages', 'health', 'open-download-link', 'openapi']);
  });

  it('health and openapi are public', async () => {
    expect((await send(api, 'GET', '/health')).status).toBe(200);
    const openapi = await send(api, 'GET', '/openapi.json');
    expect(openapi.status).toBe(200);
    expect(Object.keys(openapi.body.paths as object)).toContain('/api/me/goals/{id}');
  });
});

describe('nobody reads or changes another person’s data', () => {
  it('another user’s item id is a 404 for read, edit and delete, and the item is unchanged', async () => {
    const owner = await clientFor(api, name());
    const intruder = await clientFor(api, name());
    const created = await owner.request('POST', '/me/goals', { body: goal });
    const path = `/me/goals/${String(created.body.id)}`;
    const etag = { 'If-Match': String(created.body.etag) };
    const missing = await intruder.request('GET', '/me/goals/01J00000000000000000000000');

    const read = await intruder.request('GET', path);
    const edit = await intruder.request('PUT', path, { body: { ...goal, title: 'Hijacked' }, headers: etag });
    const remove = await intruder.request('DELETE', path, { headers: etag });
    for (const response of [read, edit, remove]) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual(missing.body);
    }
    expect((await intruder.request('GET', '/me/overview')).body.goals).toEqual([]);
    expect((await owner.request('GET', path)).body.title).toBe(goal.title);
  });

  it('an identity in the body is refused, not trusted', async () => {
    const caller = await clientFor(api, name());
    const response = await caller.request('POST', '/me/goals', { body: { ...goal, oid: devUserObjectId('victim') } });
    expect(response.status).toBe(400);
  });
});
