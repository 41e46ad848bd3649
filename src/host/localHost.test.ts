import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectLocal } from './localHost';

/** An unsigned token shaped like the local issuer's, expiring in an hour. */
function fakeToken(name: string): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'none' })}.${encode({ name, exp: Math.floor(Date.now() / 1000) + 3600 })}.sig`;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the local host', () => {
  it('asks /dev/token once when several sections want a token at the same time, then reuses it', async () => {
    const fetchToken = vi.fn((url: string) => Promise.resolve(Response.json({ token: fakeToken(new URL(url, 'http://x').searchParams.get('user') ?? '') })));
    vi.stubGlobal('fetch', fetchToken);
    const host = connectLocal(new URL('http://localhost:53000/?as=Avery#/personal') as unknown as Location);
    const tokens = await Promise.all([host.getToken(), host.getToken(), host.getToken()]);
    expect(new Set(tokens).size).toBe(1);
    expect(await host.getToken()).toBe(tokens[0]);
    expect(fetchToken).toHaveBeenCalledTimes(1);
    expect(fetchToken.mock.calls[0]?.[0]).toContain('/dev/token?user=Avery');
  });

  it('tries again after a failed request instead of keeping the failure', async () => {
    const fetchToken = vi
      .fn<(url: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('down', { status: 503 }))
      .mockResolvedValueOnce(Response.json({ token: fakeToken('Avery') }));
    vi.stubGlobal('fetch', fetchToken);
    const host = connectLocal(new URL('http://localhost:53000/?as=Avery') as unknown as Location);
    await expect(host.getToken()).rejects.toThrow('Is `npm start` running?');
    await expect(host.getToken()).resolves.toContain('.');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });
});
