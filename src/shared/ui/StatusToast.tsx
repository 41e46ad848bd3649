import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** A way back offered with a message, such as Undo after a delete. */
export interface StatusAction {
  readonly label: string;
  /** The button's accessible name, when the label alone is not enough ("Undo deleting …"). */
  readonly name: string;
  readonly run: () => void;
}

/** One confirmation to show; `id` makes a repeated text ("Win saved" twice) a new announcement. */
export interface StatusMessage {
  readonly id: number;
  readonly text: string;
  readonly action?: StatusAction;
}

const VISIBLE_MS = 5000;

/** How long a message with a way back (Undo) stays, and so how long the way back is open. */
export const UNDO_WINDOW_MS = 8000;

// Distance from the window's edge, in px: also used to work out where the toast would sit.
const EDGE_PX = 16;

// How the shortcut is written where the user is.
const SHORTCUT = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘Z' : 'Ctrl+Z';

// What the toast must never cover: the buttons on item cards.
const AVOID = 'article button';

const useStyles = makeStyles({
  region: {
    position: 'fixed',
    insetInline: `${EDGE_PX}px`,
    bottom: `${EDGE_PX}px`,
    display: 'flex',
    justifyContent: 'center',
    pointerEvents: 'none',
    zIndex: 1000,
  },
  top: { bottom: 'auto', top: `${EDGE_PX}px` },
  toast: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    maxWidth: '32rem',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Transparent in the Teams themes, a visible edge in high contrast.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    // Griffel flips left to right in right-to-left languages.
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteGreenBorderActive}`,
    boxShadow: tokens.shadow16,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    pointerEvents: 'auto',
  },
  text: { flexGrow: 1 },
});

/** Where Ctrl+Z belongs to what is being typed, or to a dialog in front, not to the toast. */
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [role="dialog"], [role="alertdialog"]') !== null;
}

/**
 * Ctrl+Z (Cmd+Z on a Mac) runs the toast's way back while it shows, from anywhere on the page,
 * so keyboard users need not travel to the toast and focus stays where it is.
 * Runs once: a second press, or a click after it, does nothing.
 */
function useUndoShortcut(status: StatusMessage | undefined): (() => void) | undefined {
  const action = status?.action;
  const run = useMemo(() => {
    if (action === undefined) return undefined;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      action.run();
    };
  }, [action]);
  useEffect(() => {
    if (run === undefined) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (event.defaultPrevented || ownsUndo(event.target)) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [run]);
  return run;
}

/** State for {@link StatusToast}: the current message and `announce` to show a new one for a few seconds. */
export function useStatusMessage() {
  const [status, setStatus] = useState<StatusMessage>();
  const announce = useCallback(
    (text: string, action?: StatusAction) =>
      setStatus((previous) => ({ id: (previous?.id ?? 0) + 1, text, ...(action === undefined ? {} : { action }) })),
    [],
  );
  useEffect(() => {
    if (status === undefined) return;
    // Only this message goes: a newer one announced in the same moment stays.
    const shown = status.id;
    const timer = setTimeout(() => setStatus((current) => (current?.id === shown ? undefined : current)), status.action === undefined ? VISIBLE_MS : UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return { status, announce };
}

function overlapsAny(band: { top: number; bottom: number; left: number; right: number }): number {
  let count = 0;
  for (const element of document.querySelectorAll(AVOID)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.left < band.right && rect.right > band.left && rect.top < band.bottom && rect.bottom > band.top) count += 1;
  }
  return count;
}

/**
 * Where the toast sits: at the bottom, unless there it would cover a card's buttons and at the
 * top it would not. Checked when it appears and whenever the page scrolls or resizes.
 */
function usePlacement(toast: RefObject<HTMLDivElement | null>, id: number | undefined) {
  const [placement, setPlacement] = useState<'bottom' | 'top'>('bottom');
  useLayoutEffect(() => {
    if (id === undefined) return;
    const place = () => {
      const rect = toast.current?.getBoundingClientRect();
      if (rect === undefined) return;
      const height = rect.height;
      const x = { left: rect.left, right: rect.right };
      const atBottom = overlapsAny({ ...x, top: window.innerHeight - EDGE_PX - height, bottom: window.innerHeight - EDGE_PX });
      const atTop = overlapsAny({ ...x, top: EDGE_PX, bottom: EDGE_PX + height });
      setPlacement(atBottom > 0 && atTop < atBottom ? 'top' : 'bottom');
    };
    place();
    window.addEventListener('scroll', place, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place);
      window.removeEventListener('resize', place);
    };
  }, [toast, id]);
  return placement;
}

/**
 * Confirms a save or delete: visible for a few seconds, read out by screen readers, with a
 * way back (Undo, also Ctrl+Z / Cmd+Z) when there is one. Placed where it covers no card's buttons.
 * It never takes focus.
 * The live region is always in the page, because one that appears with its text is often not announced.
 */
export function StatusToast({ status }: { status: StatusMessage | undefined }) {
  const styles = useStyles();
  const toast = useRef<HTMLDivElement>(null);
  const placement = usePlacement(toast, status?.id);
  const action = status?.action;
  const run = useUndoShortcut(status);
  return (
    <div className={mergeClasses(styles.region, placement === 'top' && styles.top)} role="status" aria-live="polite">
      {status === undefined ? null : (
        <div key={status.id} ref={toast} className={styles.toast}>
          <span className={styles.text}>{status.text}</span>
          {action === undefined || run === undefined ? null : (
            <Button size="small" aria-label={action.name} aria-keyshortcuts="Control+Z Meta+Z" title={`${action.label} (${SHORTCUT})`} onClick={run}>
              {action.label}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
