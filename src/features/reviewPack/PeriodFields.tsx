import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { oneOf } from '../../shared/ui/oneOf';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { PERIOD_CHOICES, periodDates, type PeriodChoice, type PeriodDraft } from './packPeriod';

const useStyles = makeStyles({
  range: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** Props of {@link PeriodFields}. */
export interface PeriodFieldsProps {
  readonly draft: PeriodDraft;
  readonly today: string;
  /** Field errors from the contract, by field (`from`, `to`). */
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (draft: PeriodDraft) => void;
}

/** Last quarter, last half, or a range of my own. */
export function PeriodFields({ draft, today, errors, onChange }: PeriodFieldsProps) {
  const styles = useStyles();
  const dateInput = useDateInputStyles();
  const preset = (choice: Exclude<PeriodChoice, 'custom'>) => {
    const dates = periodDates({ ...draft, choice }, today);
    return `${formatIsoDate(dates.from)} to ${formatIsoDate(dates.to)}`;
  };
  return (
    <>
      <Field label="Period">
        <RadioGroup value={draft.choice} onChange={(_event, data) => onChange({ ...draft, choice: oneOf(PERIOD_CHOICES, data.value) ?? draft.choice })}>
          <Radio value="quarter" label={`Last quarter (${preset('quarter')})`} />
          <Radio value="half" label={`Last half year (${preset('half')})`} />
          <Radio value="custom" label="Dates of my choice" />
        </RadioGroup>
      </Field>
      {draft.choice === 'custom' ? (
        <div className={styles.range}>
          <Field label="From" required validationMessage={errors.from}>
            <Input type="date" input={{ className: dateInput.input }} min={DATE_INPUT_RANGE.min} max={DATE_INPUT_RANGE.max} value={draft.from} onChange={(_event, data) => onChange({ ...draft, from: data.value })} />
          </Field>
          <Field label="To" required validationMessage={errors.to}>
            <Input type="date" input={{ className: dateInput.input }} min={DATE_INPUT_RANGE.min} max={DATE_INPUT_RANGE.max} value={draft.to} onChange={(_event, data) => onChange({ ...draft, to: data.value })} />
          </Field>
        </div>
      ) : null}
    </>
  );
}
