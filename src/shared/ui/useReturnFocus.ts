import { useCallback, useRef } from 'react';

/**
 * Focus management for dialogs that are mounted only while open (so Fluent's trigger-based
 * restore does not apply): remember what opened the dialog, and put focus back on it when
 * the dialog closes, or on `fallback` when it is gone (the button of an item just deleted).
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback((element: HTMLElement) => {
    opener.current = element;
  }, []);
  const restore = useCallback((fallback?: HTMLElement | null) => {
    // After React has removed the dialog and, on a delete, the item's own buttons.
    requestAnimationFrame(() => {
      const target = opener.current?.isConnected === true ? opener.current : fallback;
      target?.focus();
    });
  }, []);
  return { remember, restore };
}
