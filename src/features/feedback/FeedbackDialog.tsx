import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { feedbackInputSchema, feedbackSchema, type Feedback, type FeedbackItem } from '@domain/feedback';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { FEEDBACK_FIELDS, feedbackDraft, feedbackInput } from './feedbackForm';
import { AboutField } from './AboutField';

/** Props of {@link FeedbackDialog}. */
export interface FeedbackDialogProps {
  /** The feedback edited; undefined to log new feedback. */
  readonly feedback: Feedback | undefined;
  /** My goals, wins and commitments, which feedback can be about. */
  readonly items: readonly FeedbackItem[];
  readonly today: string;
  readonly onSaved: (feedback: Feedback, kind: SaveKind) => void;
  readonly onConflict: (current: Feedback) => void;
  readonly onClose: () => void;
}

/** Logs feedback by hand (who gave it, when, what, about which item), or edits it. */
export function FeedbackDialog({ feedback, items, today, onSaved, onConflict, onClose }: FeedbackDialogProps) {
  const dateInput = useDateInputStyles().input;
  const form = useItemForm({
    collection: '/me/feedback',
    item: feedback,
    inputSchema: feedbackInputSchema,
    itemSchema: feedbackSchema,
    toDraft: (item: Feedback | undefined) => feedbackDraft(item, today),
    toInput: (draft) => feedbackInput(draft),
    fields: FEEDBACK_FIELDS,
    onSaved,
    onConflict,
  });
  const { draft, setField, fieldErrors } = form;
  return (
    <ItemFormDialog
      title={feedback === undefined ? 'Log feedback' : 'Edit feedback'}
      submitLabel={feedback === undefined ? 'Save feedback' : 'Save'}
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="feedback" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      <p>Only you can see it, and who gave it.</p>
      <Field label="Who gave it" required {...fieldValidation(fieldErrors.giver)}>
        <Input value={draft.giver} onChange={(_event, data) => setField('giver', data.value)} />
      </Field>
      <Field label="When" required {...fieldValidation(fieldErrors.receivedOn)}>
        <Input type="date" input={{ className: dateInput }} {...DATE_INPUT_RANGE} value={draft.receivedOn} onChange={(_event, data) => setField('receivedOn', data.value)} />
      </Field>
      <Field label="What they said" required {...fieldValidation(fieldErrors.text)}>
        <Textarea resize="vertical" value={draft.text} onChange={(_event, data) => setField('text', data.value)} />
      </Field>
      <AboutField items={items} value={draft.about} error={fieldErrors.about ?? fieldErrors['about.id'] ?? fieldErrors['about.kind']} onChange={(value) => setField('about', value)} />
      <Field label="The question I asked" hint="Optional." {...fieldValidation(fieldErrors.question)}>
        <Input value={draft.question} onChange={(_event, data) => setField('question', data.value)} />
      </Field>
      <Checkbox label="This is praise (I can also keep it as a win)" checked={draft.praise} onChange={(_event, data) => setField('praise', data.checked === true)} />
    </ItemFormDialog>
  );
}
