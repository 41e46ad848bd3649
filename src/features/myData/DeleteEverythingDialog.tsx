import { Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { DELETE_ALL_CONFIRMATION } from '@domain/export';
import { useApi } from '../../shared/api/ApiContext';
import { failureMessage } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';

/** What the user types to confirm: a word, not a click, because nothing brings the data back. */
export const CONFIRM_WORD = 'delete';

/** Props of {@link DeleteEverythingDialog}. */
export interface DeleteEverythingDialogProps {
  readonly onDeleted: () => void;
  readonly onClose: () => void;
}

/** Asks, with the word typed, before deleting all of my data; sends the confirmation header the API requires. */
export function DeleteEverythingDialog({ onDeleted, onClose }: DeleteEverythingDialogProps) {
  const api = useApi();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const confirmed = typed.trim().toLowerCase() === CONFIRM_WORD;
  const confirm = async () => {
    if (!confirmed) {
      setProblem(`Type “${CONFIRM_WORD}” in the box to confirm. Nothing was deleted.`);
      return;
    }
    setBusy(true);
    try {
      await api.send('DELETE', '/me/data', undefined, { header: { name: DELETE_ALL_CONFIRMATION.header, value: DELETE_ALL_CONFIRMATION.value } });
      onDeleted();
    } catch (error) {
      setBusy(false);
      setProblem(`Nothing was deleted: ${failureMessage(error)}`);
    }
  };
  return (
    <ConfirmDialog
      open
      title="Delete everything?"
      message="This deletes all your goals, wins, commitments, feedback and progress updates, your manager profiles with their priorities and insights, what your manager left you in your 1:1s, your nudge settings, and what you wrote in your 1:1 chats (talking points, comments, heads-ups, your entries in past records). It cannot be undone: download your data first if you may want it. The other person keeps their own entries."
      confirmLabel="Delete everything"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <Field label={`Type “${CONFIRM_WORD}” to confirm`} required>
        <Input value={typed} onChange={(_event, data) => setTyped(data.value)} autoComplete="off" />
      </Field>
      {problem === undefined ? null : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </ConfirmDialog>
  );
}
