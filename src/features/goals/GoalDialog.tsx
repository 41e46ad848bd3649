import { Field, Input, Radio, RadioGroup, Select, Slider, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { GOAL_HORIZONS, GOAL_STATUSES, goalInputSchema, goalSchema, type Goal } from '@domain/goals';
import { goalDateWarning } from '@domain/dateWarnings';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { oneOf } from '../../shared/ui/oneOf';
import { GOAL_FIELDS, goalDraftToInput, goalToDraft } from './goalForm';
import { HORIZON_LABELS, STATUS_LABELS } from './goalText';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { limitedField } from '../../shared/ui/limitedField';
import { todayIsoDate } from '../../shared/ui/localDate';
import { textLimit } from '../../shared/ui/textLimit';
import { PriorityField } from '../../shared/ui/PriorityField';

const TITLE_MAX = textLimit(goalInputSchema.shape.title);
const WHY_MAX = textLimit(goalInputSchema.shape.why);

const useStyles = makeStyles({
  horizons: { flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  slider: { flexGrow: 1 },
});

/** Props of {@link GoalDialog}. */
export interface GoalDialogProps {
  /** The goal edited; undefined to add one. */
  readonly goal: Goal | undefined;
  readonly onSaved: (goal: Goal, kind: SaveKind) => void;
  readonly onConflict: (current: Goal) => void;
  readonly onClose: () => void;
}

/** Adds or edits a career goal. Loaded on demand, with the contract's schema. */
export function GoalDialog({ goal, onSaved, onConflict, onClose }: GoalDialogProps) {
  const styles = useStyles();
  const dateInput = useDateInputStyles().input;
  const form = useItemForm({
    collection: '/me/goals',
    item: goal,
    inputSchema: goalInputSchema,
    itemSchema: goalSchema,
    toDraft: goalToDraft,
    toInput: goalDraftToInput,
    fields: GOAL_FIELDS,
    onSaved,
    onConflict,
  });
  const { draft, setField, fieldErrors } = form;
  const error = (field: (typeof GOAL_FIELDS)[number]) => fieldValidation(fieldErrors[field]);

  return (
    <ItemFormDialog
      title={goal === undefined ? 'Add a career goal' : 'Edit goal'}
      submitLabel={goal === undefined ? 'Add goal' : 'Save'}
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="goal" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      <Field label="Goal" required {...limitedField(draft.title, TITLE_MAX, 'Where do you want to be? For example: “Lead a product team”.', fieldErrors.title)}>
        <Input value={draft.title} onChange={(_event, data) => setField('title', data.value)} />
      </Field>
      <Field
        label="Why it matters to you"
        {...limitedField(draft.why, WHY_MAX, 'What reaching it would give you. This is what your manager needs to hear to help.', fieldErrors.why)}
      >
        <Textarea value={draft.why} resize="vertical" onChange={(_event, data) => setField('why', data.value)} />
      </Field>
      <Field label="Horizon" {...error('horizon')}>
        <RadioGroup
          className={styles.horizons}
          layout="horizontal"
          value={draft.horizon}
          onChange={(_event, data) => setField('horizon', oneOf(GOAL_HORIZONS, data.value) ?? draft.horizon)}
        >
          {GOAL_HORIZONS.map((horizon) => (
            <Radio key={horizon} value={horizon} label={HORIZON_LABELS[horizon]} />
          ))}
        </RadioGroup>
      </Field>
      {draft.horizon === 'date' ? (
        <Field label="Target date" required {...fieldValidation(fieldErrors.targetDate, goalDateWarning(draft, todayIsoDate()))}>
          <Input
            type="date"
            input={{ className: dateInput }}
            {...DATE_INPUT_RANGE}
            value={draft.targetDate}
            onChange={(_event, data) => setField('targetDate', data.value)}
          />
        </Field>
      ) : null}
      <Field label="Status" {...error('status')}>
        <Select value={draft.status} onChange={(_event, data) => setField('status', oneOf(GOAL_STATUSES, data.value) ?? draft.status)}>
          {GOAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Progress" hint="Your own estimate, in steps of 5%." {...error('progress')}>
        <div className={styles.progress}>
          <Slider
            className={styles.slider}
            min={0}
            max={100}
            step={5}
            value={draft.progress}
            aria-valuetext={`${draft.progress}%`}
            onChange={(_event, data) => setField('progress', data.value)}
          />
          <span aria-hidden>{draft.progress}%</span>
        </div>
      </Field>
      <PriorityField value={draft.supportsPriorityId} onChange={(value) => setField('supportsPriorityId', value)} error={fieldErrors.supportsPriorityId} />
      <Field hint="Your manager sees shared goals in your 1:1 chat tab and can answer how they can help." {...error('sharedInOneOnOne')}>
        <Switch label="Share in my 1:1" checked={draft.sharedInOneOnOne} onChange={(_event, data) => setField('sharedInOneOnOne', data.checked)} />
      </Field>
    </ItemFormDialog>
  );
}
