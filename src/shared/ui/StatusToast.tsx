import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';

/** One confirmation to show; `id` makes a repeated text ("Win saved" twice) a new announcement. */
export interface StatusMessage {
  readonly id: number;
  readonly text: string;
}

const VISIBLE_MS = 5000;

const useStyles = makeStyles({
  region: {
    position: 'fixed',
    insetInline: tokens.spacingHorizontalL,
    bottom: tokens.spacingVerticalXL,
    display: 'flex',
    justifyContent: 'center',
    pointerEvents: 'none',
    zIndex: 1000,
  },
  toast: {
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
  },
});

/** State for {@link StatusToast}: the current message and `announce` to show a new one for a few seconds. */
export function useStatusMessage() {
  const [status, setStatus] = useState<StatusMessage>();
  const announce = useCallback((text: string) => setStatus((previous) => ({ id: (previous?.id ?? 0) + 1, text })), []);
  useEffect(() => {
    if (status === undefined) return;
    const timer = setTimeout(() => setStatus(undefined), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return { status, announce };
}

/**
 * Confirms a save or delete: visible for a few seconds and read out by screen readers.
 * The live region is always in the page, because one that appears with its text is often not announced.
 */
export function StatusToast({ status }: { status: StatusMessage | undefined }) {
  const styles = useStyles();
  return (
    <div className={styles.region} role="status" aria-live="polite">
      {status === undefined ? null : (
        <div key={status.id} className={styles.toast}>
          {status.text}
        </div>
      )}
    </div>
  );
}
