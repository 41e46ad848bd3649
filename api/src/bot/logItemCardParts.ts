import type { FormField, LogItemFormView } from './logItemCard';

// The pieces every section of the "Log in Upward" card is built from.

/** The server's error about `field`, right under it; nothing when there is none. */
export function error(view: LogItemFormView, field: FormField): Record<string, unknown>[] {
  const message = view.errors[field];
  if (message === undefined) return [];
  return [{ type: 'TextBlock', id: `${field}Error`, text: message, color: 'attention', size: 'small', wrap: true, spacing: 'none' }];
}

/**
 * The field's limit, said next to it. The inputs carry no `maxLength`: clients that honour it
 * cut a longer paste without a word, so a longer value reaches the server, which refuses it
 * with the field's error and keeps what was typed to fix.
 */
export function limit(view: LogItemFormView, field: FormField, max: number): Record<string, unknown>[] {
  const note = view.notes?.[field];
  const text = `Up to ${max.toLocaleString('en-US')} characters.${note === undefined ? '' : ` ${note}`}`;
  return [{ type: 'TextBlock', id: `${field}Note`, text, isSubtle: true, size: 'small', wrap: true, spacing: 'none' }];
}

/** The heading of a section of the form. */
export function heading(text: string): Record<string, unknown> {
  return { type: 'TextBlock', text, weight: 'bolder', wrap: true, spacing: 'large', separator: true };
}
