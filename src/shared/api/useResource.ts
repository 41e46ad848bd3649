import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './client';

/** Loading, loaded or failed; `data` stays while a reload runs so the screen does not flash. */
export type Resource<T> =
  | { readonly status: 'loading'; readonly data: undefined; readonly error: undefined }
  | { readonly status: 'ready'; readonly data: T; readonly error: undefined }
  | { readonly status: 'error'; readonly data: T | undefined; readonly error: ApiError };

/** Any failure as the ApiError the screens show; one that is not from the API reads as a network failure. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, undefined, undefined);
}

/**
 * Loads data once and on demand; retries by itself when the server said when to
 * (503 with Retry-After) or the network failed, and at once when the browser is back online. `mutate` applies a local change after a write.
 */
export function useResource<T>(load: () => Promise<T>) {
  const [state, setState] = useState<Resource<T>>({ status: 'loading', data: undefined, error: undefined });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const data = await loadRef.current();
      if (mine === generation.current) setState({ status: 'ready', data, error: undefined });
    } catch (error) {
      if (mine === generation.current) setState((previous) => ({ status: 'error', data: previous.data, error: asApiError(error) }));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (state.status !== 'error') return;
    const seconds = state.error.retryAfterSeconds;
    if (seconds === undefined) return;
    const timer = setTimeout(() => void reload(), seconds * 1000);
    return () => clearTimeout(timer);
  }, [state, reload]);

  // A load that failed while offline tries again the moment the network is back.
  const failed = state.status === 'error';
  useEffect(() => {
    if (!failed) return;
    const retry = () => void reload();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [failed, reload]);

  const mutate = useCallback((change: (data: T) => T) => {
    setState((previous) => (previous.data === undefined ? previous : { status: 'ready', data: change(previous.data), error: undefined }));
  }, []);

  return { state, reload, mutate };
}
