import { Field, Input, Switch, Textarea } from '@fluentui/react-components';
import { useMemo } from 'react';
import { commitmentInputSchema, commitmentSchema, type Commitment } from '@domain/commitments';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { todayIsoDate } from '../../shared/ui/localDate';
import { COMMITMENT_FIELDS, commitmentDraftToInput, commitmentToDraft } from './commitmentForm';
import { commitmentFormSchema } from './commitmentSchemas';
import { COMMITMENTS } from './commitmentsApi';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { limitedField } from '../../shared/ui/limitedField';
import { textLimit } from '../../shared/ui/textLimit';
import { PriorityField } from '../../shared/ui/PriorityField';

const TITLE_MAX = textLimit(commitmentInputSchema.shape.title);
const TO_WHOM_MAX = textLimit(commitmentInputSchema.shape.toWhom);
const DETAILS_MAX = textLimit(commitmentInputSchema.shape.details);

/** Props of {@link CommitmentDialog}. */
export interface CommitmentDialogProps {
  /** The commitment edited; undefined to add one. */
  readonly commitment: Commitment | undefined;
  readonly onSaved: (commitment: Commitment, kind: SaveKind) => void;
  readonly onConflict: (current: Commitment) => void;
  readonly onClose: () => void;
}

/** Adds or edits a commitment: what, to whom, by when, and whether the 1:1 sees it. Loaded on demand. */
export function CommitmentDialog({ commitment, onSaved, onConflict, onClose }: CommitmentDialogProps) {
  const dateInput = useDateInputStyles().input;
  const today = todayIsoDate();
  const inputSchema = useMemo(() => commitmentFormSchema(today), [today]);
  const form = useItemForm({
    collection: COMMITMENTS,
    item: commitment,
    inputSchema,
    itemSchema: commitmentSchema,
    toDraft: commitmentToDraft,
    toInput: commitmentDraftToInput,
    fields: COMMITMENT_FIELDS,
    onSaved,
    onConflict,
  });
  const { draft, setField, fieldErrors } = form;
  const error = (field: (typeof COMMITMENT_FIELDS)[number]) => fieldValidation(fieldErrors[field]);

  return (
    <ItemFormDialog
      title={commitment === undefined ? 'Add a commitment' : 'Edit commitment'}
      submitLabel={commitment === undefined ? 'Add commitment' : 'Save'}
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="commitment" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      <Field
        label="What you promised"
        required
        {...limitedField(draft.title, TITLE_MAX, 'Start with a verb, so it reads as a next step: “Send Morgan the Q3 numbers”.', fieldErrors.title)}
      >
        <Input value={draft.title} onChange={(_event, data) => setField('title', data.value)} />
      </Field>
      <Field label="To whom" {...limitedField(draft.toWhom, TO_WHOM_MAX, 'Who is counting on it: your manager, a teammate, a customer.', fieldErrors.toWhom)}>
        <Input value={draft.toWhom} onChange={(_event, data) => setField('toWhom', data.value)} />
      </Field>
      <Field label="Due date" hint="Optional, but only commitments with a due date count toward your follow-through." {...error('dueDate')}>
        <Input
          type="date"
          input={{ className: dateInput }}
          {...DATE_INPUT_RANGE}
          value={draft.dueDate}
          onChange={(_event, data) => setField('dueDate', data.value)}
        />
      </Field>
      {draft.status === 'done' ? (
        <Field label="Done on" required {...error('doneOn')}>
          <Input
            type="date"
            input={{ className: dateInput }}
            min={DATE_INPUT_RANGE.min}
            max={today}
            value={draft.doneOn}
            onChange={(_event, data) => setField('doneOn', data.value)}
          />
        </Field>
      ) : null}
      <Field
        label="Details"
        {...limitedField(draft.details, DETAILS_MAX, 'Anything you will want to remember: what “done” looks like, links, context.', fieldErrors.details)}
      >
        <Textarea value={draft.details} resize="vertical" onChange={(_event, data) => setField('details', data.value)} />
      </Field>
      <PriorityField value={draft.supportsPriorityId} onChange={(value) => setField('supportsPriorityId', value)} error={fieldErrors.supportsPriorityId} />
      <Field hint="Your manager sees shared commitments in your 1:1 chat tab." {...error('sharedInOneOnOne')}>
        <Switch
          label="Share in my 1:1"
          checked={draft.sharedInOneOnOne}
          onChange={(_event, data) => setField('sharedInOneOnOne', data.checked)}
        />
      </Field>
    </ItemFormDialog>
  );
}
