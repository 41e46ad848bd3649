/**
 * The props that make a Fluent `Field` show a validation message, or none when there is no
 * message: spread onto the field, `<Field {...fieldValidation(errors.title)}>`.
 */
export function fieldValidation(message: string | undefined): { validationMessage?: string; validationState?: 'error' } {
  return message === undefined ? {} : { validationMessage: message, validationState: 'error' };
}
