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
  placed: { bottom: 'auto' },
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

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

// Step, in px, when looking up the window for a place clear of the cards' buttons.
const SCAN_STEP_PX = 8;

/** The boxes of the card buttons now drawn. */
function buttonBoxes(): Box[] {
  return [...document.querySelectorAll(AVOID)].map((element) => element.getBoundingClientRect()).filter((rect) => rect.width > 0 && rect.height > 0);
}

function overlaps(band: Box, boxes: readonly Box[]): number {
  return boxes.filter((box) => box.left < band.right && box.right > band.left && box.top < band.bottom && box.bottom > band.top).length;
}

/**
 * Where the toast's top sits, in px from the window's top, or undefined for the bottom: the
 * bottom edge, else the top edge, else the lowest place between the cards' buttons (on a
 * phone the cards fill the width, so both edges can cover some); where none is clear, the one
 * covering fewest. Checked when it appears and whenever the page scrolls or resizes.
 */
function usePlacement(toast: RefObject<HTMLDivElement | null>, id: number | undefined): number | undefined {
  const [top, setTop] = useState<number>();
  useLayoutEffect(() => {
    if (id === undefined) return;
    const place = () => {
      const rect = toast.current?.getBoundingClientRect();
      if (rect === undefined) return;
      const boxes = buttonBoxes();
      const covered = (y: number) => overlaps({ left: rect.left, right: rect.right, top: y, bottom: y + rect.height }, boxes);
      const atBottom = window.innerHeight - EDGE_PX - rect.height;
      const candidates = [atBottom, EDGE_PX];
      for (let y = atBottom - SCAN_STEP_PX; y > EDGE_PX; y -= SCAN_STEP_PX) candidates.push(y);
      let best = { y: atBottom, count: covered(atBottom) };
      for (const y of candidates) {
        if (best.count === 0) break;
        const count = covered(y);
        if (count < best.count) best = { y, count };
      }
      setTop(best.y === atBottom ? undefined : best.y);
    };
    place();
    window.addEventListener('scroll', place, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place);
      window.removeEventListener('resize', place);
    };
  }, [toast, id]);
  return top;
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
  const top = usePlacement(toast, status?.id);
  const action = status?.action;
  const run = useUndoShortcut(status);
  // What had focus before the Undo button: the button goes with this toast, so focus returns there.
  const before = useRef<HTMLElement | null>(null);
  return (
    <div
      className={mergeClasses(styles.region, top !== undefined && styles.placed)}
      style={top === undefined ? undefined : { top: `${top}px` }}
      role="status"
      aria-live="polite"
    >
      {status === undefined ? null : (
        <div key={status.id} ref={toast} className={styles.toast}>
          <span className={styles.text}>{status.text}</span>
          {action === undefined || run === undefined ? null : (
            <Button
              size="small"
              aria-label={action.name}
              aria-keyshortcuts="Control+Z Meta+Z"
              title={`${action.label} (${SHORTCUT})`}
              onFocus={(event) => {
                before.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
              }}
              onClick={() => {
                run();
                if (before.current?.isConnected === true) before.current.focus();
              }}
            >
              {action.label}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
