import { Button, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS } from '@domain/common';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import { actionInputSchema, actionResultSchema, type ActionResult } from '@domain/oneOnOneShared';
import { useApi } from '../../shared/api/ApiContext';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { chatPath } from './chatPaths';
import { personLabel, sentenceStart } from './people';
import { useCreateForm } from './useCreateForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { alignSelf: 'stretch', minWidth: 0 },
  // A native select is as wide as its longest option; a long talking point must not widen the page.
  select: { width: '100%', minWidth: 0 },
  selectInput: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  people: { flexWrap: 'wrap' },
});

/**
 * Turns an outcome of a talking point into a commitment of either person, with a due date:
 * "Morgan: introduce Avery to the VP, by Dec 12". One Idempotency-Key per action written.
 */
export function ActionForm({ chatId, space, onCreated }: { chatId: string; space: OneOnOneSpace; onCreated: (result: ActionResult) => void }) {
  const styles = useStyles();
  const dateInput = useDateInputStyles().input;
  const api = useApi();
  const items = space.agenda.items;
  const [itemId, setItemId] = useState(items.find((item) => item.outcome !== '')?.id ?? items[0]?.id ?? '');
  const [owner, setOwner] = useState('');
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const { errors, setErrors, failure, busy, renewKey, send } = useCreateForm();
  if (items.length === 0 || space.members.length !== 2) return null;
  const item = items.find((candidate) => candidate.id === itemId);

  const submit = async () => {
    const input = actionInputSchema.safeParse({ agendaItemId: itemId, ownerObjectId: owner, title, ...(dueDate === '' ? {} : { dueDate }) });
    if (!input.success) {
      setErrors(Object.fromEntries(input.error.issues.map((issue) => [String(issue.path[0]), issue.path[0] === 'ownerObjectId' ? 'Pick who will do it.' : issue.message])));
      return;
    }
    await send(async (idempotencyKey) => {
      onCreated(actionResultSchema.parse(await api.send<unknown>('POST', chatPath(chatId, '/actions'), input.data, { idempotencyKey })));
      setTitle('');
      setDueDate('');
    });
  };
  const change = (update: () => void) => {
    update();
    renewKey();
  };

  return (
    <form
      className={styles.form}
      noValidate
      aria-label="Turn an outcome into an action"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field className={styles.field} label="From the talking point" size="small" {...fieldValidation(errors.agendaItemId)}>
        <Select className={styles.select} select={{ className: styles.selectInput }} value={itemId} onChange={(_event, data) => change(() => setItemId(data.value))}>
          {items.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Who will do it" size="small" required {...fieldValidation(errors.ownerObjectId)}>
        <RadioGroup className={styles.people} layout="horizontal" value={owner} onChange={(_event, data) => change(() => setOwner(data.value))}>
          {space.members.map((member) => (
            <Radio key={member.objectId} value={member.objectId} label={sentenceStart(personLabel(member, space.me))} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        className={styles.field}
        label="What"
        size="small"
        required
        hint={item === undefined || item.outcome === '' ? undefined : `Outcome: ${item.outcome}`}
        {...fieldValidation(errors.title)}
      >
        <Input value={title} maxLength={LIMITS.title} onChange={(_event, data) => change(() => setTitle(data.value))} />
      </Field>
      <Field label="By" size="small" {...fieldValidation(errors.dueDate)}>
        <Input type="date" input={{ className: dateInput }} value={dueDate} onChange={(_event, data) => change(() => setDueDate(data.value))} />
      </Field>
      {failure === undefined ? null : <span role="alert">{failure}</span>}
      <Button type="submit" size="small" disabled={busy}>
        {busy ? 'Saving…' : 'Add action'}
      </Button>
    </form>
  );
}
