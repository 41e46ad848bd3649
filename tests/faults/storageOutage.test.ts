import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { azuriteConnectionString, freePort, startAzurite, type Azurite } from '../../api/src/hosts/local/azurite';
import { repoRoot, startLocalApi, type LocalApi } from '../../api/src/hosts/local/stack';
import { clientFor, send } from '../support/apiHarness';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function apiOver(connectionString: string): Promise<LocalApi> {
  const api = await startLocalApi({ root: repoRoot, apiPort: 0, tabOrigin: 'http://localhost:53000', tablesConnectionString: connectionString, quiet: true });
  cleanups.push(() => api.stop());
  return api;
}

async function timed<T>(action: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await action();
  return { result, ms: performance.now() - started };
}

const win = { title: 'Closed the Q3 books early', date: '2026-10-01' };

describe('storage down', () => {
  it('fails fast with 503 + Retry-After, and after recovery a retried create makes no twin and nothing is lost', async () => {
    const port = await freePort();
    const location = await mkdtemp(path.join(tmpdir(), 'upward-azurite-'));
    cleanups.push(() => rm(location, { recursive: true, force: true }));
    let azurite: Azurite = await startAzurite({ port, location, root: repoRoot });
    cleanups.push(() => azurite.stop());
    const api = await apiOver(azurite.connectionString);
    const alice = await clientFor(api, `alice-${randomUUID().slice(0, 8)}`);
    const before = await alice.request('POST', '/me/wins', { body: win, headers: { 'Idempotency-Key': randomUUID() } });
    expect(before.status).toBe(201);

    await azurite.stop();
    const retryKey = randomUUID();
    const health = await timed(() => send(api, 'GET', '/health'));
    const create = await timed(() => alice.request('POST', '/me/wins', { body: { ...win, title: 'During the outage' }, headers: { 'Idempotency-Key': retryKey } }));
    for (const { result, ms } of [health, create]) {
      expect(result.status).toBe(503);
      expect(result.headers.get('retry-after')).toBe('5');
      expect(ms).toBeLessThan(2000);
    }
    expect(create.result.body.code).toBe('storage_unavailable');

    azurite = await startAzurite({ port, location, root: repoRoot });
    const retried = await alice.request('POST', '/me/wins', { body: { ...win, title: 'During the outage' }, headers: { 'Idempotency-Key': retryKey } });
    const again = await alice.request('POST', '/me/wins', { body: { ...win, title: 'During the outage' }, headers: { 'Idempotency-Key': retryKey } });
    expect(retried.status).toBe(201);
    expect(again.body.id).toBe(retried.body.id);
    const titles = ((await alice.request('GET', '/me/overview')).body.wins as { title: string }[]).map((w) => w.title).sort();
    expect(titles).toEqual(['Closed the Q3 books early', 'During the outage']);
  });

  it('storage that accepts connections but never answers still fails within 2 seconds', async () => {
    const sockets: Socket[] = [];
    const blackHole: Server = createServer((socket) => sockets.push(socket));
    const port = await freePort();
    await new Promise<void>((resolve) => blackHole.listen(port, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          sockets.forEach((socket) => socket.destroy());
          blackHole.close(() => resolve());
        }),
    );
    const api = await apiOver(azuriteConnectionString(port));
    const alice = await clientFor(api, 'alice');
    const { result, ms } = await timed(() => alice.request('GET', '/me/overview'));
    expect(result.status).toBe(503);
    expect(ms).toBeLessThan(2000);
  });
});
