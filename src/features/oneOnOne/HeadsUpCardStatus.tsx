import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, SendRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { headsUpSchema, type HeadsUp } from '@domain/headsUps/headsUp';
import { useApi } from '../../shared/api/ApiContext';
import { failureMessage } from '../../shared/api/client';
import { chatPath } from './chatPaths';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
  posted: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Props of {@link HeadsUpCardStatus}. */
export interface HeadsUpCardStatusProps {
  readonly chatId: string;
  readonly headsUp: HeadsUp;
  /** The employee raised it and may post its card; the manager only reads that it is not in the chat. */
  readonly canPost: boolean;
  readonly onPosted: (headsUp: HeadsUp) => void;
  /** Says a failure aloud and reloads the space, which may have changed meanwhile. */
  readonly onFailed: (message: string) => void;
}

/**
 * Whether an undecided heads-up's card is in the chat: when the bot could not post it as the
 * heads-up was raised, "Not posted in the chat yet", and for the employee a button that posts
 * it now. Renders nothing while the card is in the chat, except just after posting it here.
 */
export function HeadsUpCardStatus({ chatId, headsUp, canPost, onPosted, onFailed }: HeadsUpCardStatusProps) {
  const styles = useStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [justPosted, setJustPosted] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The button is gone once the card is posted: keyboard and screen reader users land on what happened instead of the page's start.
    if (justPosted) confirmation.current?.focus();
  }, [justPosted]);

  if (headsUp.cardPosted) {
    return justPosted ? (
      <p ref={confirmation} tabIndex={-1} className={styles.posted}>
        <CheckmarkCircleRegular aria-hidden />
        <Body1>Card posted in the chat</Body1>
      </p>
    ) : null;
  }
  if (headsUp.decision !== null) return null;

  const post = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const posted = headsUpSchema.parse(await api.send<unknown>('POST', chatPath(chatId, `/heads-ups/${headsUp.id}/card`)));
      setJustPosted(true);
      onPosted(posted);
    } catch (caught) {
      const message = failureMessage(caught);
      setFailure(message);
      onFailed(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.row}>
      <Body1 className={styles.note}>Not posted in the chat yet</Body1>
      {canPost ? (
        // disabledFocusable: focus stays on the button while it posts, so nobody is dropped to the page's start.
        <Button size="small" icon={busy ? <Spinner size="extra-tiny" /> : <SendRegular />} disabledFocusable={busy} onClick={() => void post()}>
          {busy ? 'Posting card…' : 'Post card in chat'}
        </Button>
      ) : null}
      {failure === undefined ? null : <Body1 className={styles.error}>{failure}</Body1>}
    </div>
  );
}
