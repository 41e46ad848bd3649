import { Field, Input, Textarea } from '@fluentui/react-components';
import { LIMITS } from '@domain/common';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { limitedField } from '../../shared/ui/limitedField';
import { todayIsoDate } from '../../shared/ui/localDate';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';

/** Props of {@link AnswerFields}. */
export interface AnswerFieldsProps {
  /** The question it answers, which the text field's hint names. */
  readonly question: string;
  readonly text: string;
  readonly day: string;
  readonly textError: string | undefined;
  readonly dayError: string | undefined;
  readonly onText: (text: string) => void;
  readonly onDay: (day: string) => void;
}

/** What was said about an agenda question and the day of the 1:1: what every "save it for me" dialog of the 1:1 keeps. */
export function AnswerFields({ question, text, day, textError, dayError, onText, onDay }: AnswerFieldsProps) {
  const dateInput = useDateInputStyles().input;
  return (
    <>
      <Field label="What they said" required {...limitedField(text, LIMITS.text, `Their answer to “${question}”`, textError)}>
        <Textarea value={text} resize="vertical" onChange={(_event, data) => onText(data.value)} />
      </Field>
      <Field label="Day of the 1:1" required {...fieldValidation(dayError)}>
        <Input type="date" input={{ className: dateInput }} min={DATE_INPUT_RANGE.min} max={todayIsoDate()} value={day} onChange={(_event, data) => onDay(data.value)} />
      </Field>
    </>
  );
}
