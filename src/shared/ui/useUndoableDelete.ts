import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useApi } from '../api/ApiContext';
import { ApiError, failureMessage } from '../api/client';
import type { StoredItem } from '../api/useItemForm';
import { UNDO_WINDOW_MS, type StatusAction } from './StatusToast';

/** Options of {@link useUndoableDelete}. */
export interface UndoableDeleteOptions<Item> {
  /** The API collection, e.g. `/me/goals`. */
  readonly collection: string;
  /** What the item is called in sentences: `goal`, `win`. */
  readonly noun: string;
  /** Takes the item off the screen. */
  readonly onRemove: (item: Item) => void;
  /** Puts it back (after Undo, or when the delete did not go through). */
  readonly onRestore: (item: Item) => void;
  /** The item changed elsewhere, so it was not deleted: load the list again. */
  readonly onStale: () => void;
  /** Shows a message in the page's status toast, with a way back when given. */
  readonly announce: (text: string, action?: StatusAction) => void;
}

interface Pending<Item> {
  readonly item: Item;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Deletes with a way back: the item leaves the screen at once and the toast offers Undo for
 * {@link UNDO_WINDOW_MS}; only then is the DELETE sent (with If-Match), so Undo restores the
 * very item, same id and all, because nothing was deleted yet. A delete still waiting is sent
 * at once when the tab is hidden or closed. If the item changed elsewhere meanwhile, or the
 * delete fails, it stays and the user is told.
 */
export function useUndoableDelete<Item extends StoredItem & { readonly title: string }>(options: UndoableDeleteOptions<Item>) {
  const api = useApi();
  const latest = useRef({ ...options, api });
  // After each commit, so timers and Undo use the page's current handlers.
  useLayoutEffect(() => {
    latest.current = { ...options, api };
  });
  const pending = useRef(new Map<string, Pending<Item>>());

  const send = useRef(async (item: Item, leaving = false) => {
    const { api, collection, noun, onRestore, onStale, announce } = latest.current;
    try {
      await api.send('DELETE', `${collection}/${encodeURIComponent(item.id)}`, undefined, { etag: item.etag, keepalive: leaving });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return;
      if (error instanceof ApiError && error.status === 412) {
        onStale();
        announce(`“${item.title}” was changed in another window, so it was not deleted. Check it, then delete it again if you still want to.`);
        return;
      }
      onRestore(item);
      announce(`This ${noun} was not deleted: ${failureMessage(error)}`);
    }
  });

  useEffect(() => {
    const waiting = pending.current;
    const flush = (leaving: boolean) => {
      for (const { item, timer } of waiting.values()) {
        clearTimeout(timer);
        void send.current(item, leaving);
      }
      waiting.clear();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush(true);
    };
    const onPageHide = () => flush(true);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      flush(false);
    };
  }, []);

  /** Takes `item` off the screen, says `message` with Undo, and deletes it when the Undo window closes. */
  return useCallback((item: Item, message: string) => {
    const { noun, onRemove, announce } = latest.current;
    onRemove(item);
    const timer = setTimeout(() => {
      pending.current.delete(item.id);
      void send.current(item);
    }, UNDO_WINDOW_MS);
    pending.current.set(item.id, { item, timer });
    announce(message, {
      label: 'Undo',
      name: `Undo deleting ${noun}: ${item.title}`,
      run: () => {
        const waiting = pending.current.get(item.id);
        if (waiting === undefined) return;
        clearTimeout(waiting.timer);
        pending.current.delete(item.id);
        latest.current.onRestore(item);
        latest.current.announce(`Restored: ${item.title}`);
      },
    });
  }, []);
}
