import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { actOnFeedbackInputSchema, type Feedback } from '@domain/feedback';
import { useApi } from '../../shared/api/ApiContext';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { FormErrors } from './FormErrors';
import { useRequestForm } from '../../shared/api/useRequestForm';
import { CHANGED_MEANWHILE, GONE } from './feedbackText';

const FIELDS = ['commitments.0.title', 'commitments.0.dueDate'] as const;

/** Props of {@link ActDialog}. */
export interface ActDialogProps {
  readonly feedback: Feedback;
  /** After the commitment is made: the page reloads feedback and status. */
  readonly onDone: (title: string) => void;
  readonly onClose: () => void;
}

/** "Act on it": a commitment of mine made from the feedback, linked both ways. Act again for another one. */
export function ActDialog({ feedback, onDone, onClose }: ActDialogProps) {
  const api = useApi();
  const dateInput = useDateInputStyles().input;
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const action = useRequestForm(FIELDS, { changed: CHANGED_MEANWHILE, notFound: GONE });
  const submit = () =>
    action.run(actOnFeedbackInputSchema, { commitments: [{ title, ...(dueDate === '' ? {} : { dueDate }) }] }, async (body) => {
      await api.send('POST', `/me/feedback/${encodeURIComponent(feedback.id)}/commitments`, body, { etag: feedback.etag });
      onDone(title.trim());
    });
  return (
    <ItemFormDialog title="Act on this feedback" submitLabel="Add commitment" busy={action.busy} dirty={title !== '' || dueDate !== ''} onSubmit={submit} onClose={onClose} notices={<FormErrors errors={action.formErrors} />}>
      <p>“{feedback.text}”</p>
      <Field label="What I will do" required {...fieldValidation(action.fieldErrors['commitments.0.title'])}>
        <Input value={title} onChange={(_event, data) => setTitle(data.value)} />
      </Field>
      <Field label="By when" hint="Optional." {...fieldValidation(action.fieldErrors['commitments.0.dueDate'])}>
        <Input type="date" input={{ className: dateInput }} {...DATE_INPUT_RANGE} value={dueDate} onChange={(_event, data) => setDueDate(data.value)} />
      </Field>
    </ItemFormDialog>
  );
}
