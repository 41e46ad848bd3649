import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDownload } from '../../api/src/app/downloads';
import { DOWNLOAD_LINK_TTL_MS, downloadLinkSchema } from '../../api/src/domain/downloads';
import { exportSchema } from '../../api/src/domain/export';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { clientFor, startTestApi, type Client } from '../support/apiHarness';

let api: LocalApi;
let me: Client;
let other: Client;

beforeAll(async () => {
  api = await startTestApi();
  me = await clientFor(api, 'Dana');
  other = await clientFor(api, 'Sam');
});
afterAll(async () => {
  await api.stop();
});

/** Opens a link the way a browser does: no Authorization header. */
const open = (path: string) => fetch(`${api.baseUrl}/api${path}`);

async function linkFor(client: Client): Promise<{ path: string; expiresAt: string }> {
  const response = await client.request('POST', '/me/downloads', { body: { file: 'export' } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return downloadLinkSchema.parse(response.body);
}

describe('download links', () => {
  it('serve my export to a browser without a token, as a file, and only mine', async () => {
    await me.request('POST', '/me/goals', { body: { title: 'Run the platform guild', horizon: '1y' } });
    await other.request('POST', '/me/goals', { body: { title: 'Sam private goal', horizon: '1y' } });
    const link = await linkFor(me);
    expect(link.path).toMatch(/^\/downloads\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(DOWNLOAD_LINK_TTL_MS - 60_000);

    const response = await open(link.path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="upward-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const text = await response.text();
    const file = exportSchema.parse(JSON.parse(text));
    expect(file.user.name).toBe('Dana');
    expect(file.items.goals.map((goal) => goal.title)).toContain('Run the platform guild');
    expect(text).not.toContain('Sam private goal');
    // A second open while it works (browsers and link previews fetch twice) gets the file again.
    expect((await open(link.path)).status).toBe(200);
  });

  it('are made only for a signed-in caller, and only for a file we know', async () => {
    const anonymous = await fetch(`${api.baseUrl}/api/me/downloads`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ file: 'export' }) });
    expect(anonymous.status).toBe(401);
    for (const body of [{ file: 'everyone' }, { file: 'export', owner: 'someone-else' }, {}]) {
      const refused = await me.request('POST', '/me/downloads', { body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.code).toBe('invalid_request');
    }
  });

  it('answer an unknown, malformed or expired link with a 404 that says to download again, and forget the expired one', async () => {
    const link = await linkFor(me);
    const token = link.path.split('/').pop() ?? '';
    const unknown = `/downloads/${'A'.repeat(43)}`;
    for (const path of [unknown, '/downloads/short', `/downloads/${token}x`]) {
      const response = await open(path);
      expect(response.status, path).toBe(404);
      const problem = (await response.json()) as Record<string, unknown>;
      expect(problem.code).toBe('download_link_expired');
      expect(String(problem.detail)).toContain('Download again');
    }

    const later = new Date(Date.now() + DOWNLOAD_LINK_TTL_MS + 1000);
    expect(await openDownload(api.services, token, later)).toBeUndefined();
    // Expired is gone for good: even "now" it no longer opens.
    expect((await open(link.path)).status).toBe(404);
  });

  it('stop serving anything of mine once I deleted my data', async () => {
    await me.request('POST', '/me/wins', { body: { title: 'Shipped the importer', date: '2026-11-30' } });
    const link = await linkFor(me);
    const deleted = await me.request('DELETE', '/me/data', { headers: { 'Upward-Confirm': 'delete-all-my-data' } });
    expect(deleted.status).toBe(204);
    const file = exportSchema.parse(await (await open(link.path)).json());
    for (const [group, items] of Object.entries(file.items)) expect(items, group).toEqual([]);
  });

  it('delete-all also forgets my nudge settings: the defaults apply again', async () => {
    const first = await me.request('GET', '/me/nudge-settings');
    const settings = first.body.settings as Record<string, unknown>;
    const off = { ...settings, switches: { ...(settings.switches as object), commitmentDue: false } };
    expect((await me.request('PUT', '/me/nudge-settings', { body: off, headers: first.body.version === null ? {} : { 'If-Match': String(first.body.version) } })).status).toBe(200);
    expect((await me.request('DELETE', '/me/data', { headers: { 'Upward-Confirm': 'delete-all-my-data' } })).status).toBe(204);
    expect((await me.request('GET', '/me/nudge-settings')).body).toMatchObject({ version: null, settings: { switches: { commitmentDue: true } } });
  });
});
