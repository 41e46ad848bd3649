import { useCallback, useEffect, useRef, useState } from 'react';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { asApiError, type Resource } from '../../shared/api/useResource';
import { todayIsoDate } from '../../shared/ui/localDate';
import { chatPath } from './chatPaths';

/** How often the page asks for the other person's changes while it is visible. */
export const POLL_INTERVAL_MS = 10_000;

/**
 * The chat's shared space, kept current: loaded in one call, then asked again every
 * {@link POLL_INTERVAL_MS} while the page is visible (at once when it becomes visible again),
 * with If-None-Match so an unchanged space costs a 304. `onRemoteChange` hears of every
 * newer version a poll brings, to tell screen-reader users what changed.
 *
 * `apply` puts the result of the user's own write on screen at once and asks for the space
 * again (the agenda's version, which closing needs, moves with every write). A poll that was
 * already on its way when the user wrote is dropped, so it cannot put the old state back.
 * One chat per mounted page: the page is keyed by chat id.
 */
export function useChatSpace(chatId: string, onRemoteChange: (before: OneOnOneSpace, after: OneOnOneSpace) => void) {
  const api = useApi();
  const [state, setState] = useState<Resource<OneOnOneSpace>>({ status: 'loading', data: undefined, error: undefined });
  const latest = useRef<OneOnOneSpace>(undefined);
  const etag = useRef<string>(undefined);
  const writes = useRef(0);
  const listener = useRef(onRemoteChange);
  useEffect(() => {
    listener.current = onRemoteChange;
  });

  const refresh = useCallback(async () => {
    const startedAfter = writes.current;
    try {
      const result = await api.getIfChanged<OneOnOneSpace>(chatPath(chatId, `/space?today=${todayIsoDate()}`), etag.current);
      if (startedAfter !== writes.current) return;
      const before = latest.current;
      if (result.changed) {
        etag.current = result.etag;
        latest.current = result.data;
        if (before !== undefined) listener.current(before, result.data);
      }
      const data = latest.current;
      if (data !== undefined) setState({ status: 'ready', data, error: undefined });
    } catch (error) {
      if (startedAfter !== writes.current) return;
      setState({ status: 'error', data: latest.current, error: asApiError(error) });
    }
  }, [api, chatId]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = async () => {
      clearTimeout(timer);
      await refresh();
      // A hidden page (another Teams tab, a minimised window) does not poll; it catches up when shown.
      if (!stopped && document.visibilityState === 'visible') timer = setTimeout(() => void tick(), POLL_INTERVAL_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void tick();
      else clearTimeout(timer);
    };
    void tick();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [refresh]);

  const apply = useCallback(
    (change: (space: OneOnOneSpace) => OneOnOneSpace) => {
      const current = latest.current;
      if (current === undefined) return;
      writes.current += 1;
      latest.current = change(current);
      setState({ status: 'ready', data: latest.current, error: undefined });
      void refresh();
    },
    [refresh],
  );

  return { state, refresh, apply };
}
