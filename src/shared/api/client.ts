import type { Problem } from '@domain/problems';

const GENERIC_FAILURE = 'That did not work. Try again.';

/** What to tell the user about any failure: the API's own sentence, or a generic one. */
export function failureMessage(error: unknown): string {
  return error instanceof ApiError ? error.userMessage : GENERIC_FAILURE;
}

/** An API failure with what the user needs to know; `problem` is the server's problem+json body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(problem?.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
  }

  /**
   * A sentence for the user that says what happened and what to do. It promises no retry:
   * nothing retries a failed save, so the user is told to try again.
   */
  get userMessage(): string {
    if (this.status === 0) return 'Cannot reach Upward. Check your connection, then try again.';
    // Storage is the usual 503; one about something else (Teams not taking a card) carries its own sentence.
    if (this.status === 503) return this.problem === undefined || this.problem.code === 'storage_unavailable' ? 'Upward’s storage is not answering right now. Try again in a moment.' : this.problem.title;
    if (this.status === 401) return 'Your sign-in has expired. Reload the tab to sign in again.';
    if (this.status >= 500) return 'Something went wrong on our side. Try again in a moment.';
    return this.problem?.title ?? GENERIC_FAILURE;
  }

  /**
   * The sentence for a failed load that retries by itself (see useResource: when the error
   * says when, and when the network comes back), which says so; otherwise {@link userMessage}.
   */
  get loadMessage(): string {
    if (this.retryAfterSeconds === undefined) return this.userMessage;
    if (this.status === 0) return 'Cannot reach Upward. Check your connection; we will keep trying.';
    if (this.status === 503) return 'Upward’s storage is not answering right now. Retrying shortly…';
    return this.userMessage;
  }

  /** Field errors by path, for showing next to each form field. */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem?.errors ?? []).map((error) => [error.path, error.message]));
  }
}

/** Options for a write: the version edited (If-Match) and a key that makes a retried create safe. */
export interface WriteOptions {
  readonly etag?: string;
  readonly idempotencyKey?: string;
  /** Let the request outlive the page (sent as the tab closes or reloads). */
  readonly keepalive?: boolean;
  /** A header a route asks for by name, such as the confirmation deleting everything needs. */
  readonly header?: { readonly name: string; readonly value: string };
}

/** What a conditional GET found: a new version with its ETag, or the one the caller has (304). */
export type Freshness<T> = { readonly changed: true; readonly data: T; readonly etag: string | undefined } | { readonly changed: false };

/** The one API client: JSON in and out, bearer token, typed errors. */
export interface ApiClient {
  get<T>(path: string): Promise<T>;
  /** A GET with If-None-Match: a page that polls downloads nothing while `etag` is still current. */
  getIfChanged<T>(path: string, etag: string | undefined): Promise<Freshness<T>>;
  send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, options?: WriteOptions): Promise<T>;
}

/** Builds the client over a token source; `baseUrl` is empty for same-origin. */
export function createApiClient(getToken: () => Promise<string>, baseUrl: string): ApiClient {
  async function call(method: string, path: string, body: unknown, extraHeaders: Record<string, string>, init: RequestInit = {}): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${await getToken()}`, ...extraHeaders };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await fetch(`${baseUrl}/api${path}`, { ...init, method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    } catch {
      throw new ApiError(0, undefined, 5);
    }
  }

  async function read<T>(response: Response): Promise<T> {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const json: unknown = text === '' ? undefined : JSON.parse(text);
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('Retry-After'));
      throw new ApiError(response.status, json as Problem | undefined, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
    }
    return json as T;
  }

  async function request<T>(method: string, path: string, body: unknown, options: WriteOptions = {}): Promise<T> {
    const headers: Record<string, string> = {};
    if (options.etag !== undefined) headers['If-Match'] = options.etag;
    if (options.idempotencyKey !== undefined) headers['Idempotency-Key'] = options.idempotencyKey;
    if (options.header !== undefined) headers[options.header.name] = options.header.value;
    return read<T>(await call(method, path, body, headers, options.keepalive === true ? { keepalive: true } : {}));
  }

  return {
    get: (path) => request('GET', path, undefined),
    async getIfChanged<T>(path: string, etag: string | undefined): Promise<Freshness<T>> {
      // no-store: the API's ETag decides freshness, so the browser's cache must not answer in its place.
      const response = await call('GET', path, undefined, etag === undefined ? {} : { 'If-None-Match': etag }, { cache: 'no-store' });
      if (response.status === 304) return { changed: false };
      const data = await read<T>(response);
      return { changed: true, data, etag: response.headers.get('ETag') ?? undefined };
    },
    send: (method, path, body, options) => request(method, path, body, options),
  };
}

/** A fresh key per user action, so a retried create does not make a twin. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
