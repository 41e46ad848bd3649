import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { agendaSchema, type Agenda, type OneOnOneSpace } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage } from '../../shared/api/client';
import { formatClockTime, formatIsoDate } from '../../shared/ui/formatDate';
import { chatPath } from './chatPaths';


/**
 * For a while after a close, either member can take it back: the record goes and the
 * agenda returns as it was. The server decides whether it still can.
 */
export function UndoCloseBar({ chatId, undo, date, onUndone }: { chatId: string; undo: NonNullable<OneOnOneSpace['undo']>; date: string | undefined; onUndone: (agenda: Agenda) => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onUndone(agendaSchema.parse(await api.send<unknown>('POST', chatPath(chatId, `/records/${undo.recordId}/undo`), undefined)));
    } catch (caught) {
      setError(caught instanceof ApiError && caught.problem?.detail !== undefined ? `${caught.userMessage} ${caught.problem.detail}` : failureMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <MessageBar intent={error === undefined ? 'info' : 'error'} layout="multiline" role={error === undefined ? undefined : 'alert'}>
      <MessageBarBody>
        {error ?? `The 1:1${date === undefined ? '' : ` of ${formatIsoDate(date)}`} was just closed. Either of you can undo that until ${formatClockTime(undo.until)}.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowUndoRegular />} disabled={busy} onClick={() => void run()}>
          {busy ? 'Undoing…' : 'Undo close'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
