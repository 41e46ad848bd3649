import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './client';

const client = createApiClient(() => Promise.resolve('token-1'), 'https://api.example');

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response(status === 304 ? null : body, { status, headers }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getIfChanged', () => {
  it('sends the version it has and reports "not changed" on 304', async () => {
    const fetchMock = answer(304, '');
    await expect(client.getIfChanged('/chats/x/space', '"v1"')).resolves.toEqual({ changed: false });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('https://api.example/api/chats/x/space');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer token-1', 'If-None-Match': '"v1"' });
    expect(init?.cache).toBe('no-store');
  });

  it('returns the new body with its ETag', async () => {
    answer(200, '{"a":1}', { ETag: '"v2"', 'Content-Type': 'application/json' });
    await expect(client.getIfChanged('/x', undefined)).resolves.toEqual({ changed: true, data: { a: 1 }, etag: '"v2"' });
  });

  it('asks without If-None-Match the first time', async () => {
    const fetchMock = answer(200, '{}');
    await client.getIfChanged('/x', undefined);
    expect(fetchMock.mock.calls[0]?.[1]?.headers).not.toHaveProperty('If-None-Match');
  });

  it('throws the API’s problem as an ApiError', async () => {
    answer(403, JSON.stringify({ type: 'x', title: 'Forbidden', status: 403, code: 'forbidden' }));
    const error: unknown = await client.getIfChanged('/x', '"v1"').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
  });
});

describe('send', () => {
  it('adds a header the route asks for by name, beside the token', async () => {
    const fetchMock = answer(204, '');
    await client.send('DELETE', '/me/data', undefined, { header: { name: 'Upward-Confirm', value: 'delete-all-my-data' } });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('https://api.example/api/me/data');
    expect(init?.method).toBe('DELETE');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer token-1', 'Upward-Confirm': 'delete-all-my-data' });
  });
});

describe('userMessage of a 503', () => {
  const problem = (code: string, title: string) => ({ type: 'x', title, status: 503, code });

  it('says storage is not answering when storage is down (or the body names nothing)', () => {
    expect(new ApiError(503, problem('storage_unavailable', 'Storage is unavailable. Try again shortly.'), 5).userMessage).toBe('Upward’s storage is not answering right now. Try again in a moment.');
    expect(new ApiError(503, undefined, 5).userMessage).toContain('storage is not answering');
  });

  it('gives the API’s own sentence when something else is down', () => {
    expect(new ApiError(503, problem('teams_unavailable', 'Teams did not take the card. Try again in a moment.'), 5).userMessage).toBe('Teams did not take the card. Try again in a moment.');
  });
});
