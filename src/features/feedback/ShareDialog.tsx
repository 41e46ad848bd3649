import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { failureMessage } from '../../shared/api/client';
import { lastChat } from '../../shared/lastChat';
import { FormErrors } from './FormErrors';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { flexWrap: 'wrap' },
});

/** Props of {@link ShareDialog}. */
export interface ShareDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** What "Copy for a chat" copies. */
  readonly copyText: string;
  /** Puts it on the next 1:1's agenda in that chat: false when a field refused it (and says so), rejects with the API's error. */
  readonly onAdd: (chatId: string) => Promise<boolean>;
  /** Said once it is on the agenda or copied. */
  readonly onDone: (message: string) => void;
  readonly onClose: () => void;
}

/**
 * Shares something of mine with the other person of my 1:1, only when I press a button: on
 * the next agenda of the 1:1 chat this browser last opened, or copied to paste into any chat.
 */
export function ShareDialog({ title, children, copyText, onAdd, onDone, onClose }: ShareDialogProps) {
  const styles = useStyles();
  const [chatId] = useState(lastChat);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const add = async (chat: string) => {
    setBusy(true);
    try {
      if (await onAdd(chat)) onDone('Added to the agenda of your next 1:1.');
      else setBusy(false);
    } catch (error) {
      setBusy(false);
      setErrors([failureMessage(error)]);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(copyText);
      onDone('Copied: paste it into a chat.');
    } catch {
      setErrors(['Your browser did not let Upward copy. Select the text and copy it yourself.']);
    }
  };
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <FormErrors errors={errors} />
            {children}
            {chatId === undefined ? <p>Open the Upward tab in your 1:1 chat once, and Upward can put it on your next agenda from here.</p> : null}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button appearance="secondary" onClick={() => void copy()}>
              Copy for a chat
            </Button>
            {chatId === undefined ? null : (
              <Button appearance="primary" disabledFocusable={busy} onClick={() => void add(chatId)}>
                {busy ? 'Adding…' : 'Put on our next 1:1'}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
