import { Field, Input, Switch, Textarea } from '@fluentui/react-components';
import { useCallback } from 'react';
import { agendaItemInputSchema, agendaItemSchema, agendaItemUpdateSchema, type AgendaItem } from '@domain/oneOnOne';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { ADD_FIELDS, addInput, agendaItemToDraft, EDIT_FIELDS, updateInput, type AgendaDraft } from './agendaForm';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { limitedField } from '../../shared/ui/limitedField';
import { textLimit } from '../../shared/ui/textLimit';

// The update schema holds every field a form shows; adding takes the same title and notes.
const TITLE_MAX = textLimit(agendaItemUpdateSchema.shape.title);
const NOTES_MAX = textLimit(agendaItemUpdateSchema.shape.notes);
const OUTCOME_MAX = textLimit(agendaItemUpdateSchema.shape.outcome);

/** Props of {@link AgendaItemDialog}. */
export interface AgendaItemDialogProps {
  /** The agenda's API collection. */
  readonly collection: string;
  /** The item edited; undefined to add one. */
  readonly item: AgendaItem | undefined;
  /** What a new item is: a talking point, or a question written by hand. */
  readonly kind: 'topic' | 'question';
  readonly onSaved: (item: AgendaItem, kind: SaveKind) => void;
  readonly onConflict: (current: AgendaItem) => void;
  readonly onClose: () => void;
}

/**
 * Adds a talking point (or a question of one's own), or edits one: title, notes, and once it
 * is on the agenda, whether it was discussed and what came of it. An edit carries the version
 * shown; if the other person saved first, their version is loaded instead of overwritten.
 */
export function AgendaItemDialog({ collection, item, kind, onSaved, onConflict, onClose }: AgendaItemDialogProps) {
  const adding = item === undefined;
  const toInput = useCallback((draft: AgendaDraft) => (adding ? addInput(draft, kind) : updateInput(draft)), [adding, kind]);
  const form = useItemForm({
    collection,
    item,
    inputSchema: adding ? agendaItemInputSchema : agendaItemUpdateSchema,
    itemSchema: agendaItemSchema,
    toDraft: agendaItemToDraft,
    toInput,
    fields: adding ? ADD_FIELDS : EDIT_FIELDS,
    onSaved,
    onConflict,
  });
  const { draft, setField, fieldErrors } = form;
  const error = (field: (typeof EDIT_FIELDS)[number]) => fieldValidation(fieldErrors[field]);
  const question = (item?.kind ?? kind) === 'question';
  const title = adding ? (question ? 'Write your own question' : 'Add a talking point') : question ? 'Edit question' : 'Edit talking point';

  return (
    <ItemFormDialog
      title={title}
      submitLabel={adding ? 'Add to agenda' : 'Save'}
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="item" changedBy="by someone else in this chat" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      <Field label={question ? 'Question' : 'Talking point'} required {...limitedField(draft.title, TITLE_MAX, undefined, fieldErrors.title)}>
        <Input value={draft.title} onChange={(_event, data) => setField('title', data.value)} />
      </Field>
      <Field label="Notes" {...limitedField(draft.notes, NOTES_MAX, 'Optional: context, links, what you want out of it.', fieldErrors.notes)}>
        <Textarea value={draft.notes} resize="vertical" onChange={(_event, data) => setField('notes', data.value)} />
      </Field>
      {adding ? null : (
        <>
          <Field {...error('discussed')}>
            <Switch label="Discussed" checked={draft.discussed} onChange={(_event, data) => setField('discussed', data.checked)} />
          </Field>
          <Field label="Outcome" {...limitedField(draft.outcome, OUTCOME_MAX, 'A line on what you agreed, for the record.', fieldErrors.outcome)}>
            <Textarea value={draft.outcome} resize="vertical" onChange={(_event, data) => setField('outcome', data.value)} />
          </Field>
        </>
      )}
    </ItemFormDialog>
  );
}
