import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { insightInputSchema, insightSchema, type Insight, type InsightOrigin } from '@domain/manager/managerProfile';
import type { ProfileField } from '@domain/manager/profileFields';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { limitedField } from '../../shared/ui/limitedField';
import { LIMITS } from '@domain/common';
import { provenanceDraft, ProvenanceFields } from './ProvenanceFields';

const FIELDS = ['text', 'choice', 'origin', 'notedOn'] as const;

interface InsightDraft {
  readonly text: string;
  /** A choice's value, or empty for none. */
  readonly choice: string;
  readonly origin: InsightOrigin;
  readonly notedOn: string;
}

const toDraft = (insight: Insight | undefined): InsightDraft => ({
  text: insight?.text ?? '',
  choice: insight?.choice ?? '',
  ...provenanceDraft(insight),
});

/** Props of {@link InsightDialog}. */
export interface InsightDialogProps {
  readonly profileId: string;
  readonly field: ProfileField;
  /** The entry edited; undefined to add one. */
  readonly insight: Insight | undefined;
  readonly onSaved: (insight: Insight, kind: SaveKind) => void;
  readonly onConflict: (current: Insight) => void;
  readonly onClose: () => void;
}

/** Adds or edits one thing I know about how my manager works, in one field of their profile. */
export function InsightDialog({ profileId, field, insight, onSaved, onConflict, onClose }: InsightDialogProps) {
  const form = useItemForm({
    collection: '/me/insights',
    item: insight,
    inputSchema: insightInputSchema,
    itemSchema: insightSchema,
    toDraft,
    toInput: (draft: InsightDraft) => ({
      profileId,
      field: field.id,
      text: draft.text,
      ...(draft.choice === '' ? {} : { choice: draft.choice }),
      origin: draft.origin,
      notedOn: draft.notedOn,
    }),
    fields: FIELDS,
    onSaved,
    onConflict,
  });
  const { draft, setField, fieldErrors } = form;
  return (
    <ItemFormDialog
      title={insight === undefined ? field.label : `Edit: ${field.label}`}
      submitLabel={insight === undefined ? 'Add' : 'Save'}
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="entry" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      {field.choices === undefined ? null : (
        <Field label="In short" {...fieldValidation(fieldErrors.choice)}>
          <RadioGroup layout="horizontal" value={draft.choice} onChange={(_event, data) => setField('choice', data.value)}>
            {field.choices.map((choice) => (
              <Radio key={choice.value} value={choice.value} label={choice.label} />
            ))}
            <Radio value="" label="Not sure" />
          </RadioGroup>
        </Field>
      )}
      <Field label="What I know" required {...limitedField(draft.text, LIMITS.text, field.examples, fieldErrors.text)}>
        <Textarea value={draft.text} resize="vertical" onChange={(_event, data) => setField('text', data.value)} />
      </Field>
      <ProvenanceFields origin={draft.origin} notedOn={draft.notedOn} onOrigin={(value) => setField('origin', value)} onNotedOn={(value) => setField('notedOn', value)} errors={fieldErrors} />
    </ItemFormDialog>
  );
}
