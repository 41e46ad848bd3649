import type { ReactNode } from 'react';
import { fieldValidation } from './fieldValidation';

/** What a text field's counter and check say: characters used and what to do when over. */
export function characterCount(value: string, max: number): { readonly counter: string; readonly overBy: number } {
  // UTF-16 units, as the contract's zod `max` counts them.
  const used = value.length;
  return { counter: `${used.toLocaleString()} / ${max.toLocaleString()}`, overBy: Math.max(0, used - max) };
}

/**
 * The props of a Fluent `Field` that holds limited text: the hint with a live character
 * count, and, once the text is longer than the contract takes, an error that says so and by
 * how much, instead of cutting the text silently (as an input's `maxLength` does to a paste).
 * Spread onto the field: `<Field {...limitedField(draft.title, TITLE_MAX, hint, errors.title)}>`.
 */
export function limitedField(value: string, max: number, hint: ReactNode, error: string | undefined) {
  const { counter, overBy } = characterCount(value, max);
  const message =
    overBy > 0 ? `At most ${max.toLocaleString()} characters: ${overBy.toLocaleString()} too many. Shorten it to save.` : error;
  return {
    hint: (
      <>
        {hint}
        {hint === undefined ? null : ' '}
        <span data-character-count>{counter}</span>
      </>
    ),
    ...fieldValidation(message),
  };
}
