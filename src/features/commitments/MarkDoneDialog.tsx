import { Body1, Field, Input } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { commitmentSchema, type Commitment } from '@domain/commitments';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { todayIsoDate } from '../../shared/ui/localDate';
import { COMMITMENT_FIELDS, commitmentDraftToInput, commitmentToDraft, type CommitmentDraft } from './commitmentForm';
import { commitmentFormSchema } from './commitmentSchemas';
import { COMMITMENTS } from './commitmentsApi';
import { fieldValidation } from '../../shared/ui/fieldValidation';

/** Props of {@link MarkDoneDialog}. */
export interface MarkDoneDialogProps {
  readonly commitment: Commitment;
  readonly onSaved: (commitment: Commitment, kind: SaveKind) => void;
  readonly onConflict: (current: Commitment) => void;
  readonly onClose: () => void;
}

/**
 * Marks a commitment done, asking when: today unless the user says otherwise, never a day
 * ahead. The date decides whether it counts as on time. Loaded on demand.
 */
export function MarkDoneDialog({ commitment, onSaved, onConflict, onClose }: MarkDoneDialogProps) {
  const dateInput = useDateInputStyles().input;
  const today = todayIsoDate();
  const inputSchema = useMemo(() => commitmentFormSchema(today), [today]);
  const toDraft = useCallback(
    (item: Commitment | undefined): CommitmentDraft => ({ ...commitmentToDraft(item), status: 'done', doneOn: item?.doneOn ?? today }),
    [today],
  );
  const form = useItemForm({
    collection: COMMITMENTS,
    item: commitment,
    inputSchema,
    itemSchema: commitmentSchema,
    toDraft,
    toInput: commitmentDraftToInput,
    fields: COMMITMENT_FIELDS,
    onSaved,
    onConflict,
  });
  const { draft, setField, fieldErrors } = form;
  const doneOnError = fieldErrors.doneOn;

  return (
    <ItemFormDialog
      title="Mark as done"
      submitLabel="Mark done"
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="commitment" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      <Body1>
        “{commitment.title}”
        {commitment.dueDate === undefined ? null : (
          <>
            {' '}
            was due <time dateTime={commitment.dueDate}>{formatIsoDate(commitment.dueDate)}</time>.
          </>
        )}
      </Body1>
      <Field
        label="Done on"
        required
        hint="Done on or before the due date counts as on time."
        {...fieldValidation(doneOnError)}
      >
        <Input type="date" input={{ className: dateInput }} max={today} value={draft.doneOn} onChange={(_event, data) => setField('doneOn', data.value)} />
      </Field>
    </ItemFormDialog>
  );
}
