import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { feedbackInputSchema, type Feedback } from '@domain/feedback';
import { useApi } from '../../shared/api/ApiContext';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { feedbackDraft, feedbackInput } from './feedbackForm';
import { FormErrors } from './FormErrors';
import { useRequestForm } from '../../shared/api/useRequestForm';
import { CHANGED_MEANWHILE, GONE } from './feedbackText';

const FIELDS = ['resolution.note', 'resolution.reason', 'resolution.on'] as const;

/** Props of {@link ResolveDialog}. */
export interface ResolveDialogProps {
  readonly feedback: Feedback;
  /** Acted on (say what changed) or set aside (say why). */
  readonly state: 'actedOn' | 'setAside';
  readonly today: string;
  readonly onDone: () => void;
  readonly onClose: () => void;
}

/** Closes feedback: "Mark acted on" with a note of what changed, or "Set aside" with a reason. */
export function ResolveDialog({ feedback, state, today, onDone, onClose }: ResolveDialogProps) {
  const api = useApi();
  const dateInput = useDateInputStyles().input;
  const [text, setText] = useState('');
  const [on, setOn] = useState(today);
  const action = useRequestForm(FIELDS, { changed: CHANGED_MEANWHILE, notFound: GONE });
  const actedOn = state === 'actedOn';
  const submit = () => {
    const resolution = actedOn ? { state, on, note: text } : { state, on, reason: text };
    return action.run(feedbackInputSchema, feedbackInput(feedbackDraft(feedback, today), resolution), async (body) => {
      await api.send('PUT', `/me/feedback/${encodeURIComponent(feedback.id)}`, body, { etag: feedback.etag });
      onDone();
    });
  };
  return (
    <ItemFormDialog
      title={actedOn ? 'Mark acted on' : 'Set aside'}
      submitLabel={actedOn ? 'Mark acted on' : 'Set aside'}
      busy={action.busy}
      dirty={text !== ''}
      onSubmit={submit}
      onClose={onClose}
      notices={<FormErrors errors={action.formErrors} />}
    >
      <p>“{feedback.text}”</p>
      <Field label={actedOn ? 'What changed' : 'Why I set it aside'} required {...fieldValidation(action.fieldErrors[actedOn ? 'resolution.note' : 'resolution.reason'])}>
        <Textarea resize="vertical" value={text} onChange={(_event, data) => setText(data.value)} />
      </Field>
      <Field label="When" required {...fieldValidation(action.fieldErrors['resolution.on'])}>
        <Input type="date" input={{ className: dateInput }} {...DATE_INPUT_RANGE} value={on} onChange={(_event, data) => setOn(data.value)} />
      </Field>
    </ItemFormDialog>
  );
}
