import { Field, Select } from '@fluentui/react-components';
import type { FeedbackItem } from '@domain/feedback';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { itemLabel } from './feedbackText';

/** The key of an item in the picker: `kind:id`. */
export const itemKey = (item: Pick<FeedbackItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

/** "About": one of my goals, wins and commitments, or nothing in particular (`''`). */
export function AboutField({ items, value, error, onChange }: { items: readonly FeedbackItem[]; value: string; error?: string | undefined; onChange: (value: string) => void }) {
  return (
    <Field label="About" hint="Optional: one of your goals, wins or commitments." {...fieldValidation(error)}>
      <Select value={value} onChange={(_event, data) => onChange(data.value)}>
        <option value="">Nothing in particular</option>
        {items.map((item) => (
          <option key={itemKey(item)} value={itemKey(item)}>
            {itemLabel(item)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
