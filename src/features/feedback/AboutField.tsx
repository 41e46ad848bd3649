import { Field, Select } from '@fluentui/react-components';
import type { FeedbackItem } from '@domain/feedback';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { feedbackItemKey } from '../../shared/feedbackAsk';
import { itemLabel } from './feedbackText';

/** "About": one of my goals, wins and commitments, or nothing in particular (`''`). */
export function AboutField({ items, value, error, onChange }: { items: readonly FeedbackItem[]; value: string; error?: string | undefined; onChange: (value: string) => void }) {
  return (
    <Field label="About" hint="Optional: one of your goals, wins or commitments." {...fieldValidation(error)}>
      <Select value={value} onChange={(_event, data) => onChange(data.value)}>
        <option value="">Nothing in particular</option>
        {items.map((item) => (
          <option key={feedbackItemKey(item)} value={feedbackItemKey(item)}>
            {itemLabel(item)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
