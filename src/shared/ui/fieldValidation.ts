/**
 * The props that make a Fluent `Field` show a validation message, or none when there is no
 * message: spread onto the field, `<Field {...fieldValidation(errors.title)}>`. A `warning`
 * (a value that is possible but odd) shows only when there is no error, and does not block saving.
 */
export function fieldValidation(
  message: string | undefined,
  warning?: string,
): { validationMessage?: string; validationState?: 'error' | 'warning' } {
  if (message !== undefined) return { validationMessage: message, validationState: 'error' };
  return warning === undefined ? {} : { validationMessage: warning, validationState: 'warning' };
}
