import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { InsightOrigin } from '@domain/manager/managerProfile';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { oneOf } from '../../shared/ui/oneOf';
import { todayIsoDate } from '../../shared/ui/localDate';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { ORIGIN_CHOICES } from './entrySource';

/** Props of {@link ProvenanceFields}. */
export interface ProvenanceFieldsProps {
  readonly origin: InsightOrigin;
  readonly notedOn: string;
  readonly onOrigin: (origin: InsightOrigin) => void;
  readonly onNotedOn: (date: string) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/** Where and when for a form: the entry's own, or "my observation" today for a new one. */
export function provenanceDraft(entry: { readonly origin: InsightOrigin; readonly notedOn: string } | undefined): { origin: InsightOrigin; notedOn: string } {
  return { origin: entry?.origin ?? 'observation', notedOn: entry?.notedOn ?? todayIsoDate() };
}

/** Where I learned it and when: every entry of the profile has both, so old ones can be checked again. */
export function ProvenanceFields({ origin, notedOn, onOrigin, onNotedOn, errors }: ProvenanceFieldsProps) {
  const dateInput = useDateInputStyles().input;
  return (
    <>
      {origin === 'message' ? (
        <Field label="Source" hint="Saved from a chat message.">
          <span>From a message</span>
        </Field>
      ) : (
        <Field label="Source" {...fieldValidation(errors.origin)}>
          <RadioGroup layout="horizontal" value={origin} onChange={(_event, data) => onOrigin(oneOf(['observation', 'oneOnOne'] as const, data.value) ?? origin)}>
            {ORIGIN_CHOICES.map((choice) => (
              <Radio key={choice.value} value={choice.value} label={choice.label} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Field label="When" required hint="After 90 days the entry is marked “check again”." {...fieldValidation(errors.notedOn)}>
        <Input type="date" input={{ className: dateInput }} min={DATE_INPUT_RANGE.min} max={todayIsoDate()} value={notedOn} onChange={(_event, data) => onNotedOn(data.value)} />
      </Field>
    </>
  );
}
