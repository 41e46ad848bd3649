import { HttpRequest } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { registerRoutes, toFunctionsHandler, type FunctionsApp } from './azureAdapter';
import { MAX_BODY_BYTES } from '../../domain/common';
import { routes } from '../routeTable';
import type { ApiRequest } from '../../http/types';

/** A router that records what the adapter handed it and echoes the body size. */
function recordingRouter() {
  const seen: ApiRequest[] = [];
  const router = (request: ApiRequest) => {
    seen.push(request);
    return Promise.resolve({ status: 200, body: { bytes: request.body.byteLength } });
  };
  return { seen, handler: toFunctionsHandler(router) };
}

function post(path: string, bytes: number): HttpRequest {
  const body = JSON.stringify({ text: 'x'.repeat(bytes) });
  return new HttpRequest({
    method: 'POST',
    url: `https://upward.example/api${path}`,
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    body: { string: body },
  });
}

describe('the Azure Functions adapter', () => {
  it('passes a Teams activity larger than the API cap to the bot route whole', async () => {
    const { seen, handler } = recordingRouter();
    await handler(post('/messages', 40_000));
    expect(seen[0]?.path).toBe('/messages');
    expect(seen[0]?.body.byteLength).toBeGreaterThan(40_000);
    expect(JSON.parse(new TextDecoder().decode(seen[0]?.body))).toEqual({ text: 'x'.repeat(40_000) });
  });

  it('stops reading an oversized body for every other route, so the route answers 413', async () => {
    const { seen, handler } = recordingRouter();
    await handler(post('/me/goals', 40_000));
    expect(seen[0]?.path).toBe('/me/goals');
    expect(seen[0]?.body.byteLength).toBe(MAX_BODY_BYTES + 1);
  });

  it('serialises the router answer as JSON', async () => {
    const { handler } = recordingRouter();
    const response = await handler(post('/me/goals', 10));
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({ 'Content-Type': 'application/json; charset=utf-8' });
    expect(JSON.parse(String(response.body))).toEqual({ bytes: JSON.stringify({ text: 'x'.repeat(10) }).length });
  });

  it('passes a file’s bytes through as they are, with the type the route set', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    const handler = toFunctionsHandler(() => Promise.resolve({ status: 200, headers: { 'Content-Type': 'application/zip' }, body: bytes }));
    const response = await handler(post('/downloads/x', 1));
    expect(response.headers).toMatchObject({ 'Content-Type': 'application/zip' });
    expect(response.body).toBe(bytes);
  });
});

describe('the functions registered in Azure', () => {
  it('are exactly the route table: no /dev/token, which only the local host serves', () => {
    const registered: string[] = [];
    const app: FunctionsApp = { http: (_name, options) => registered.push(`${options.methods.join(',')} ${options.route}`) };
    registerRoutes(app, routes, () => Promise.resolve({ status: 200 }));
    expect(registered).toHaveLength(routes.length);
    expect(registered).toContain('GET health');
    expect(registered).toContain('POST messages');
    expect(registered.filter((route) => /(^|\s)dev\b/.test(route))).toEqual([]);
  });
});
