import { Button, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '@domain/common';
import { headsUpSchema, type HeadsUp } from '@domain/headsUps/headsUp';
import { useApi } from '../../shared/api/ApiContext';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { chatPath } from './chatPaths';
import { EMPTY_HEADS_UP, headsUpFromDraft, optionRowsAllow, type HeadsUpDraft } from './headsUpForm';
import { useCreateForm } from './useCreateForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { alignSelf: 'stretch', minWidth: 0 },
  option: {
    alignSelf: 'stretch',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  recommend: { flexWrap: 'wrap' },
});

/**
 * The employee raises a problem early: what may go wrong and by when, what it affects, the
 * options with their cost, the one they recommend and when they need a decision. Checked here
 * with the contract's own schema, so the messages match the API's; one Idempotency-Key per
 * heads-up, so a retried send makes one.
 */
export function HeadsUpForm({ chatId, onCreated, onCancel }: { chatId: string; onCreated: (headsUp: HeadsUp) => void; onCancel: () => void }) {
  const styles = useStyles();
  const dateInput = useDateInputStyles().input;
  const api = useApi();
  const [draft, setDraft] = useState<HeadsUpDraft>(EMPTY_HEADS_UP);
  const { errors, setErrors, failure, busy, renewKey, send } = useCreateForm();
  const rows = optionRowsAllow(draft.options.length);
  const first = useRef<HTMLInputElement>(null);
  // The form opens in place of nothing: move focus into it, as a dialog would.
  useEffect(() => first.current?.focus(), []);

  const change = (next: Partial<HeadsUpDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    renewKey();
  };
  const changeOption = (index: number, next: Partial<{ title: string; cost: string }>) =>
    change({ options: draft.options.map((option, at) => (at === index ? { ...option, ...next } : option)) });

  const submit = async () => {
    const result = headsUpFromDraft(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    await send(async (idempotencyKey) => {
      onCreated(headsUpSchema.parse(await api.send<unknown>('POST', chatPath(chatId, '/heads-ups'), result.input, { idempotencyKey })));
      setDraft(EMPTY_HEADS_UP);
    });
  };

  return (
    <form
      className={styles.form}
      noValidate
      aria-label="Raise a heads-up"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field className={styles.field} label="What may go wrong" required {...fieldValidation(errors.risk)}>
        <Input ref={first} value={draft.risk} maxLength={LIMITS.title} onChange={(_event, data) => change({ risk: data.value })} />
      </Field>
      <Field label="By when" required {...fieldValidation(errors.byWhen)}>
        <Input type="date" input={{ className: dateInput }} value={draft.byWhen} onChange={(_event, data) => change({ byWhen: data.value })} />
      </Field>
      <Field className={styles.field} label="What it affects" required {...fieldValidation(errors.affects)}>
        <Textarea value={draft.affects} resize="vertical" onChange={(_event, data) => change({ affects: data.value })} />
      </Field>
      {draft.options.map((option, index) => (
        <fieldset key={index} className={styles.option}>
          <legend className={styles.legend}>{`Option ${index + 1}`}</legend>
          <Field className={styles.field} label="What we would do" required {...fieldValidation(errors[`options.${index}.title`])}>
            <Input value={option.title} maxLength={LIMITS.title} onChange={(_event, data) => changeOption(index, { title: data.value })} />
          </Field>
          <Field className={styles.field} label="What it costs" required {...fieldValidation(errors[`options.${index}.cost`])}>
            <Input value={option.cost} onChange={(_event, data) => changeOption(index, { cost: data.value })} />
          </Field>
          {rows.remove ? (
            <Button
              size="small"
              appearance="subtle"
              aria-label={`Remove option ${index + 1}`}
              onClick={() => {
                const recommended = draft.recommended === String(index) ? '' : draft.recommended !== '' && Number(draft.recommended) > index ? String(Number(draft.recommended) - 1) : draft.recommended;
                change({ options: draft.options.filter((_option, at) => at !== index), recommended });
              }}
            >
              Remove
            </Button>
          ) : null}
        </fieldset>
      ))}
      {errors.options === undefined ? null : <span role="alert">{errors.options}</span>}
      {rows.add ? (
        <Button size="small" onClick={() => change({ options: [...draft.options, { title: '', cost: '' }] })}>
          Add an option
        </Button>
      ) : null}
      <Field label="I recommend" required {...fieldValidation(errors.recommended)}>
        <RadioGroup className={styles.recommend} value={draft.recommended} onChange={(_event, data) => change({ recommended: data.value })}>
          {draft.options.map((option, index) => (
            <Radio key={index} value={String(index)} label={option.title.trim() === '' ? `Option ${index + 1}` : `Option ${index + 1}: ${option.title}`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Decision needed by" required {...fieldValidation(errors.decideBy)}>
        <Input type="date" input={{ className: dateInput }} value={draft.decideBy} onChange={(_event, data) => change({ decideBy: data.value })} />
      </Field>
      {failure === undefined ? null : <span role="alert">{failure}</span>}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? 'Sharing…' : 'Share the heads-up'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
