import { useState, type RefObject } from 'react';
import { useReturnFocus } from './useReturnFocus';

/**
 * Which of a section's dialogs is open (at most one), and where focus goes when it closes:
 * back to the button that opened it, or to `fallback` (the section's heading) when that
 * button is gone, as after a delete.
 */
export function useDialogSlot<T>(fallback: RefObject<HTMLElement | null>) {
  const [open, setOpen] = useState<T>();
  const focus = useReturnFocus();
  return {
    open,
    focus,
    show(dialog: T, opener: HTMLElement) {
      focus.remember(opener);
      setOpen(dialog);
    },
    close() {
      setOpen(undefined);
      focus.restore(fallback.current);
    },
  };
}
