import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../../tests/support/apiHarness';
import type { LocalApi } from './stack';

// A browser or a proxy (Vite's, in `npm start`) reuses one keep-alive connection for many
// requests: a refused request must not leave the next one on that connection reset.

let api: LocalApi;
let token: string;
// One socket at a time, kept alive: every request below goes over the same connection unless the server closes it.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  api = await startTestApi();
  token = await api.issuer.issue('Keepalive Tester');
});
afterAll(async () => {
  agent.destroy();
  await api.stop();
});

interface Outcome {
  readonly status: number | string;
  readonly reusedSocket: boolean;
}

function call(method: string, path: string, options: { body?: string | Buffer; auth?: boolean } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.auth === true) headers.Authorization = `Bearer ${token}`;
    const req = request(`${api.baseUrl}${path}`, { method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reusedSocket: req.reusedSocket }));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ status: error.code ?? error.message, reusedSocket: req.reusedSocket }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: error.code ?? error.message, reusedSocket: req.reusedSocket }));
    // A request the host never answers is as broken as a reset one: give up and say so.
    req.setTimeout(10_000, () => req.destroy(new Error('no answer within 10 s')));
    req.end(options.body);
  });
}

const twoMegabytes = Buffer.alloc(2 * 1024 * 1024, 'a');
const win = JSON.stringify({ title: 'Shipped the keep-alive fix', date: '2026-11-02' });

/** Refused and accepted requests, mixed, each with the status the local host must answer. */
const script: readonly { readonly name: string; readonly send: () => Promise<Outcome>; readonly expected: number }[] = [
  { name: 'oversized win', send: () => call('POST', '/api/me/wins', { body: twoMegabytes, auth: true }), expected: 413 },
  { name: 'health', send: () => call('GET', '/api/health'), expected: 200 },
  { name: 'malformed JSON', send: () => call('POST', '/api/me/wins', { body: '{"title":', auth: true }), expected: 400 },
  { name: 'overview', send: () => call('GET', '/api/me/overview', { auth: true }), expected: 200 },
  { name: 'oversized, no token', send: () => call('POST', '/api/me/wins', { body: twoMegabytes }), expected: 401 },
  { name: 'no token', send: () => call('GET', '/api/me/wins'), expected: 401 },
  { name: 'unknown API path with a body', send: () => call('POST', '/api/no-such-route', { body: twoMegabytes }), expected: 404 },
  { name: 'unknown path outside the API with a body', send: () => call('POST', '/elsewhere', { body: twoMegabytes }), expected: 404 },
  { name: 'wrong method with a body', send: () => call('PATCH', '/api/health', { body: twoMegabytes }), expected: 405 },
  { name: 'a real win', send: () => call('POST', '/api/me/wins', { body: win, auth: true }), expected: 201 },
  { name: 'wins', send: () => call('GET', '/api/me/wins', { auth: true }), expected: 200 },
];

describe('the local host on one keep-alive connection', () => {
  it('answers every refused request and keeps serving the requests after it, with no reset', async () => {
    const outcomes: { name: string; status: number | string }[] = [];
    let reused = 0;
    for (let round = 0; round < 3; round += 1) {
      for (const step of script) {
        const outcome = await step.send();
        outcomes.push({ name: step.name, status: outcome.status });
        if (outcome.reusedSocket) reused += 1;
      }
    }
    const expected = [0, 1, 2].flatMap(() => script.map((step) => ({ name: step.name, status: step.expected })));
    expect(outcomes).toEqual(expected);
    // The connection really was shared: all but the very first request rode on an earlier one's socket.
    expect(reused).toBe(outcomes.length - 1);
  }, 120_000);
});
