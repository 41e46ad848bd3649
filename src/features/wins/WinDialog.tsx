import { Field, Input, Select, Switch, Textarea } from '@fluentui/react-components';
import { useCallback } from 'react';
import { winDateWarning } from '@domain/dateWarnings';
import type { Goal } from '@domain/goals';
import { winInputSchema, winSchema, type Win } from '@domain/wins';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { WIN_FIELDS, winDraftToInput, winToDraft } from './winForm';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { limitedField } from '../../shared/ui/limitedField';
import { todayIsoDate } from '../../shared/ui/localDate';
import { textLimit } from '../../shared/ui/textLimit';
import { PriorityField } from '../../shared/ui/PriorityField';

const TITLE_MAX = textLimit(winInputSchema.shape.title);
const IMPACT_MAX = textLimit(winInputSchema.shape.impact);
const URL_MAX = textLimit(winInputSchema.shape.evidenceUrl);

/** Props of {@link WinDialog}. */
export interface WinDialogProps {
  /** The win edited; undefined to add one. */
  readonly win: Win | undefined;
  /** The goals a win can advance. */
  readonly goals: readonly Goal[];
  readonly onSaved: (win: Win, kind: SaveKind) => void;
  readonly onConflict: (current: Win) => void;
  readonly onClose: () => void;
}

/** Adds or edits a win. Loaded on demand, with the contract's schema. */
export function WinDialog({ win, goals, onSaved, onConflict, onClose }: WinDialogProps) {
  const dateInput = useDateInputStyles().input;
  const toDraft = useCallback((item: Win | undefined) => winToDraft(item, goals), [goals]);
  const form = useItemForm({
    collection: '/me/wins',
    item: win,
    inputSchema: winInputSchema,
    itemSchema: winSchema,
    toDraft,
    toInput: winDraftToInput,
    fields: WIN_FIELDS,
    onSaved,
    onConflict,
  });
  const { draft, setField, fieldErrors } = form;
  const error = (field: (typeof WIN_FIELDS)[number]) => fieldValidation(fieldErrors[field]);

  return (
    <ItemFormDialog
      title={win === undefined ? 'Add a win' : 'Edit win'}
      submitLabel={win === undefined ? 'Add win' : 'Save'}
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="win" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      <Field label="What happened" required {...limitedField(draft.title, TITLE_MAX, 'For example: “Shipped the new onboarding flow”.', fieldErrors.title)}>
        <Input value={draft.title} onChange={(_event, data) => setField('title', data.value)} />
      </Field>
      <Field
        label="Impact"
        {...limitedField(draft.impact, IMPACT_MAX, 'Who benefited, and by how much? Numbers help: “support tickets down 30% in a month”.', fieldErrors.impact)}
      >
        <Textarea value={draft.impact} resize="vertical" onChange={(_event, data) => setField('impact', data.value)} />
      </Field>
      <Field label="Date" required {...fieldValidation(fieldErrors.date, winDateWarning(draft.date, todayIsoDate()))}>
        <Input type="date" input={{ className: dateInput }} {...DATE_INPUT_RANGE} value={draft.date} onChange={(_event, data) => setField('date', data.value)} />
      </Field>
      <Field
        label="Evidence link"
        {...limitedField(draft.evidenceUrl, URL_MAX, 'Optional: a doc, pull request, dashboard or message that shows it.', fieldErrors.evidenceUrl)}
      >
        <Input type="url" inputMode="url" placeholder="https://" value={draft.evidenceUrl} onChange={(_event, data) => setField('evidenceUrl', data.value)} />
      </Field>
      <Field label="Goal it advances" {...error('goalId')}>
        <Select value={draft.goalId} onChange={(_event, data) => setField('goalId', data.value)}>
          <option value="">No goal</option>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.status === 'active' ? goal.title : `${goal.title} (${goal.status})`}
            </option>
          ))}
        </Select>
      </Field>
      <PriorityField value={draft.supportsPriorityId} onChange={(value) => setField('supportsPriorityId', value)} error={fieldErrors.supportsPriorityId} />
      <Field hint="Your manager sees shared wins in your 1:1 chat tab." {...error('sharedInOneOnOne')}>
        <Switch
          label="Share in my 1:1"
          checked={draft.sharedInOneOnOne}
          onChange={(_event, data) => setField('sharedInOneOnOne', data.checked)}
        />
      </Field>
    </ItemFormDialog>
  );
}
