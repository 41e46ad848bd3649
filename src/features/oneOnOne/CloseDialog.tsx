import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { agendaSchema, closeOneOnOneResultSchema, type Agenda, type OneOnOneRecord } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage, newIdempotencyKey } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { todayIsoDate } from '../../shared/ui/localDate';
import { chatPath } from './chatPaths';
import { closeMessage, closePreview } from './closeSummary';

const useStyles = makeStyles({
  notice: { marginTop: tokens.spacingVerticalM },
});

/** Props of {@link CloseDialog}. */
export interface CloseDialogProps {
  readonly chatId: string;
  /** The agenda as the user sees it now; closing sends its version. */
  readonly agenda: Agenda;
  readonly onClosed: (result: { record: OneOnOneRecord; agenda: Agenda }) => void;
  /** The agenda changed before the close: the newer one, to show. */
  readonly onAgenda: (agenda: Agenda) => void;
  readonly onCancel: () => void;
}

/**
 * Asks before closing the 1:1, saying what happens to each item. The close carries the
 * agenda version shown, so an item the other person added meanwhile is never filed unseen,
 * and one Idempotency-Key, so a double click or a retry makes one record.
 */
export function CloseDialog({ chatId, agenda, onClosed, onAgenda, onCancel }: CloseDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: 'warning' | 'error'; text: string }>();

  const confirm = async () => {
    setBusy(true);
    try {
      const body = { agendaVersion: agenda.version, date: todayIsoDate() };
      const result = closeOneOnOneResultSchema.parse(await api.send<unknown>('POST', chatPath(chatId, '/close'), body, { idempotencyKey: key }));
      onClosed(result);
    } catch (error) {
      setBusy(false);
      const current = error instanceof ApiError && error.status === 412 ? agendaSchema.safeParse(error.problem?.current) : undefined;
      if (current?.success === true) {
        onAgenda(current.data);
        // Nothing was closed, so the next attempt is a new close.
        setKey(newIdempotencyKey());
        setNotice({ intent: 'warning', text: 'The agenda changed while you were looking at it. It now shows the latest version: check it, then close again.' });
      } else {
        setNotice({ intent: 'error', text: failureMessage(error) });
      }
    }
  };

  return (
    <ConfirmDialog
      open
      title="Close this 1:1?"
      message={closeMessage(closePreview(agenda.items))}
      confirmLabel={busy ? 'Closing…' : 'Close 1:1'}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      {notice === undefined ? null : (
        <MessageBar intent={notice.intent} role="alert" layout="multiline" className={styles.notice}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </ConfirmDialog>
  );
}
