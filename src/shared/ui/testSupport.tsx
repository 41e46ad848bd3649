import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, beforeAll } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import type { ApiClient, Freshness, WriteOptions } from '../api/client';

/** What a component test's fake API answers to a write. */
export type FakeSend = (method: string, path: string, body: unknown, options: WriteOptions | undefined) => Promise<unknown>;

/** What a component test's fake API answers to a read; `etag` is the If-None-Match sent, if any. */
export type FakeGet = (path: string, etag: string | undefined) => Promise<Freshness<unknown>>;

/**
 * Renders `ui` under Fluent and an API client whose writes go to `send` and whose reads go
 * to `get` (for component tests only).
 */
export function renderWithApi(ui: ReactElement, send: FakeSend, get?: FakeGet) {
  const read: FakeGet = get ?? (() => Promise.reject(new Error('This test does not read.')));
  const api: ApiClient = {
    get: async <T,>(path: string) => {
      const result = await read(path, undefined);
      if (!result.changed) throw new Error('A plain GET cannot be answered with 304.');
      return result.data as T;
    },
    getIfChanged: <T,>(path: string, etag: string | undefined) => read(path, etag) as Promise<Freshness<T>>,
    send: <T,>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, options?: WriteOptions) => send(method, path, body, options) as Promise<T>,
  };
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <ApiProvider value={api}>{ui}</ApiProvider>
    </FluentProvider>,
  );
}

/**
 * Turns off Fluent's motion for a test file. happy-dom rejects a cancelled animation's
 * promise, which Fluent's dialog motion leaves unhandled; without `animate`, Fluent skips motion.
 */
export function withoutMotion(): void {
  const animate = Object.getOwnPropertyDescriptor(Element.prototype, 'animate');
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'animate', { value: undefined, configurable: true, writable: true });
  });
  afterAll(() => {
    if (animate !== undefined) Object.defineProperty(Element.prototype, 'animate', animate);
  });
}
