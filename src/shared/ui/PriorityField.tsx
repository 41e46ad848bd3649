import { Field, Select } from '@fluentui/react-components';
import { usePriorities } from './priorities';
import { fieldValidation } from './fieldValidation';

/** Props of {@link PriorityField}. */
export interface PriorityFieldProps {
  /** The priority id, or empty for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}

/**
 * "Supports my manager's priority": a pick from my current manager's ranked priorities. Hidden
 * until there are priorities to pick; an item tagged with an earlier manager's keeps its tag.
 */
export function PriorityField({ value, onChange, error }: PriorityFieldProps) {
  const { options, managerName, titleOf } = usePriorities();
  const kept = value !== '' && !options.some((option) => option.id === value) ? titleOf(value) : undefined;
  if (options.length === 0 && kept === undefined) return null;
  return (
    <Field label={managerName === '' ? 'Supports my manager’s priority' : `Supports ${managerName}’s priority`} hint="Only you see this." {...fieldValidation(error)}>
      <Select value={value} onChange={(_event, data) => onChange(data.value)}>
        <option value="">None</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.title}
          </option>
        ))}
        {kept === undefined ? null : <option value={value}>{kept} (earlier manager)</option>}
      </Select>
    </Field>
  );
}
