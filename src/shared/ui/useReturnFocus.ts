import { useCallback, useEffect, useRef } from 'react';

/**
 * Focus management for dialogs that are mounted only while open (so Fluent's trigger-based
 * restore does not apply): remember what opened the dialog, and put focus back on it when
 * the dialog closes, or on `fallback` when it is gone (the button of an item just deleted).
 *
 * `restore` must come with the state change that closes the dialog: focus moves in an
 * effect after that render is committed, when a deleted item's buttons are really gone.
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  const pending = useRef<{ fallback: HTMLElement | null | undefined }>(undefined);

  // No dependency list on purpose: runs after every commit and acts only when asked to.
  useEffect(() => {
    if (pending.current === undefined) return;
    const { fallback } = pending.current;
    pending.current = undefined;
    const target = opener.current?.isConnected === true ? opener.current : fallback;
    target?.focus();
  });

  const remember = useCallback((element: HTMLElement) => {
    opener.current = element;
  }, []);
  const restore = useCallback((fallback?: HTMLElement | null) => {
    pending.current = { fallback };
  }, []);
  return { remember, restore };
}
