import { Field, Input, Textarea } from '@fluentui/react-components';
import { priorityInputSchema, prioritySchema, type InsightOrigin, type Priority } from '@domain/manager/managerProfile';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { limitedField } from '../../shared/ui/limitedField';
import { textLimit } from '../../shared/ui/textLimit';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { priorityBody } from './managerPage';
import { provenanceDraft, ProvenanceFields } from './ProvenanceFields';

const TITLE_MAX = textLimit(priorityInputSchema.shape.title);
const WHY_MAX = textLimit(priorityInputSchema.shape.why);
const FIELDS = ['title', 'why', 'since', 'origin', 'notedOn'] as const;

interface PriorityDraft {
  readonly title: string;
  readonly why: string;
  readonly since: string;
  readonly origin: InsightOrigin;
  readonly notedOn: string;
}

const toDraft = (priority: Priority | undefined): PriorityDraft => ({
  title: priority?.title ?? '',
  why: priority?.why ?? '',
  since: priority?.since ?? '',
  ...provenanceDraft(priority),
});

/** Props of {@link PriorityDialog}. */
export interface PriorityDialogProps {
  readonly profileId: string;
  /** The priority edited; undefined to add one at `position`. */
  readonly priority: Priority | undefined;
  readonly position: number;
  readonly managerName: string;
  readonly onSaved: (priority: Priority, kind: SaveKind) => void;
  readonly onConflict: (current: Priority) => void;
  readonly onClose: () => void;
}

/** Adds or edits one of my manager's priorities: what, why it matters to them, since when, and where I learned it. */
export function PriorityDialog({ profileId, priority, position, managerName, onSaved, onConflict, onClose }: PriorityDialogProps) {
  const dateInput = useDateInputStyles().input;
  const form = useItemForm({
    collection: '/me/priorities',
    item: priority,
    inputSchema: priorityInputSchema,
    itemSchema: prioritySchema,
    toDraft,
    toInput: (draft: PriorityDraft) => priorityBody({ ...draft, profileId, position: priority?.position ?? position }),
    fields: FIELDS,
    onSaved,
    onConflict,
  });
  const { draft, setField, fieldErrors } = form;
  return (
    <ItemFormDialog
      title={priority === undefined ? `Add a priority of ${managerName}` : 'Edit priority'}
      submitLabel={priority === undefined ? 'Add priority' : 'Save'}
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="priority" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      <Field label="Priority" required {...limitedField(draft.title, TITLE_MAX, 'What they are measured on or worried about. For example: “Ship the Q1 launch on time”.', fieldErrors.title)}>
        <Input value={draft.title} onChange={(_event, data) => setField('title', data.value)} />
      </Field>
      <Field label="Why it matters to them" {...limitedField(draft.why, WHY_MAX, 'For example: “The VP promised it to our biggest customer”.', fieldErrors.why)}>
        <Textarea value={draft.why} resize="vertical" onChange={(_event, data) => setField('why', data.value)} />
      </Field>
      <Field label="A priority since" hint="Optional." {...fieldValidation(fieldErrors.since)}>
        <Input type="date" input={{ className: dateInput }} {...DATE_INPUT_RANGE} value={draft.since} onChange={(_event, data) => setField('since', data.value)} />
      </Field>
      <ProvenanceFields origin={draft.origin} notedOn={draft.notedOn} onOrigin={(value) => setField('origin', value)} onNotedOn={(value) => setField('notedOn', value)} errors={fieldErrors} />
    </ItemFormDialog>
  );
}
