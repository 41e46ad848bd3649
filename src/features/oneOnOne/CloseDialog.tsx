import { Body1, Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { agendaSchema, closeOneOnOneResultSchema, OUTCOME_MAX, type Agenda, type OneOnOneRecord } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage, newIdempotencyKey } from '../../shared/api/client';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { limitedField } from '../../shared/ui/limitedField';
import { todayIsoDate } from '../../shared/ui/localDate';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { chatPath } from './chatPaths';
import { closeMessage, closePreview } from './closeSummary';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  items: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingBlockEnd: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, overflowWrap: 'anywhere' },
});

/** Props of {@link CloseDialog}. */
export interface CloseDialogProps {
  readonly chatId: string;
  /** The agenda as the user sees it now; closing sends its version. */
  readonly agenda: Agenda;
  /** The record's date to propose (the next 1:1's day); today when there is none. */
  readonly proposedDate: string | undefined;
  readonly onClosed: (result: { record: OneOnOneRecord; agenda: Agenda }) => void;
  /** The agenda changed before the close: the newer one, to show. */
  readonly onAgenda: (agenda: Agenda) => void;
  readonly onCancel: () => void;
}

type Outcomes = Readonly<Record<string, { readonly discussed: boolean; readonly outcome: string }>>;

const outcomesOf = (agenda: Agenda): Outcomes => Object.fromEntries(agenda.items.map((item) => [item.id, { discussed: item.discussed, outcome: item.outcome }]));

/**
 * Closes the 1:1 after one last look: each item with whether it was discussed and what came
 * of it, filled in right here and sent with the close, and the record's date. The close
 * carries the agenda version shown, so an item the other person added meanwhile is never
 * filed unseen, and one Idempotency-Key, so a double click or a retry makes one record. A
 * second close on the same day is asked about first.
 */
export function CloseDialog({ chatId, agenda, proposedDate, onClosed, onAgenda, onCancel }: CloseDialogProps) {
  const styles = useStyles();
  const dateInput = useDateInputStyles();
  const api = useApi();
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [date, setDate] = useState(proposedDate ?? todayIsoDate());
  const [outcomes, setOutcomes] = useState<Outcomes>(() => outcomesOf(agenda));
  const [sameDay, setSameDay] = useState<string>();
  const [notice, setNotice] = useState<{ intent: 'warning' | 'error'; text: string }>();
  const current = (id: string) => outcomes[id] ?? { discussed: false, outcome: '' };
  const setOutcome = (id: string, change: Partial<{ discussed: boolean; outcome: string }>) => {
    setOutcomes((before) => ({ ...before, [id]: { ...current(id), ...change } }));
    setSameDay(undefined);
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const body = {
        agendaVersion: agenda.version,
        date,
        ...(sameDay === undefined ? {} : { confirmed: true }),
        outcomes: agenda.items.map((item) => ({ id: item.id, ...current(item.id) })),
      };
      const result = closeOneOnOneResultSchema.parse(await api.send<unknown>('POST', chatPath(chatId, '/close'), body, { idempotencyKey: key }));
      onClosed(result);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.status === 409 && error.problem?.code === 'closed_same_day') {
        setNotice(undefined);
        setSameDay(date);
        return;
      }
      const newer = error instanceof ApiError && error.status === 412 ? agendaSchema.safeParse(error.problem?.current) : undefined;
      if (newer?.success === true) {
        onAgenda(newer.data);
        // Nothing was closed, so the next attempt is a new close.
        setKey(newIdempotencyKey());
        setOutcomes((before) => ({ ...outcomesOf(newer.data), ...before }));
        setNotice({ intent: 'warning', text: 'The agenda changed while you were looking at it. It now shows the latest version: check it, then close again.' });
      } else {
        setNotice({ intent: 'error', text: failureMessage(error) });
      }
    }
  };

  const preview = closePreview(agenda.items.map((item) => current(item.id)));
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onCancel())} modalType="modal">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Close this 1:1?</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p">{closeMessage(preview)}</Body1>
            <Field label="Date of this 1:1">
              <Input
                type="date"
                input={{ className: dateInput.input }}
                value={date}
                onChange={(_event, data) => {
                  setDate(data.value);
                  setSameDay(undefined);
                }}
              />
            </Field>
            <ul className={styles.items} aria-label="Items and their outcomes">
              {agenda.items.map((item) => (
                <li key={item.id} className={styles.item}>
                  <Subtitle2 as="h3" className={styles.title}>
                    {item.title}
                  </Subtitle2>
                  <Checkbox label={`Discussed: ${item.title}`} checked={current(item.id).discussed} onChange={(_event, data) => setOutcome(item.id, { discussed: data.checked === true })} />
                  <Field label={`Outcome of “${item.title}”`} {...limitedField(current(item.id).outcome, OUTCOME_MAX, undefined, undefined)}>
                    <Textarea value={current(item.id).outcome} resize="vertical" onChange={(_event, data) => setOutcome(item.id, { outcome: data.value })} />
                  </Field>
                </li>
              ))}
            </ul>
            {sameDay === undefined ? null : (
              <MessageBar intent="warning" role="alert" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{`A 1:1 was already closed on ${formatIsoDate(sameDay)}`}</MessageBarTitle>
                  Close again? That files a second record for the same day, and what is still open carries over again.
                </MessageBarBody>
              </MessageBar>
            )}
            {notice === undefined ? null : (
              <MessageBar intent={notice.intent} role="alert" layout="multiline">
                <MessageBarBody>{notice.text}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              Cancel
            </Button>
            <Button appearance="primary" onClick={() => void confirm()} disabled={busy}>
              {busy ? 'Closing…' : sameDay === undefined ? 'Close 1:1' : 'Close again'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
