import { DATE_RANGE } from '@domain/common';

/**
 * `min` and `max` for a date input: the contract's range, so the browser's picker offers
 * no date the API refuses. The contract still checks what is typed by hand.
 */
export const DATE_INPUT_RANGE = { min: DATE_RANGE.earliest, max: DATE_RANGE.latest } as const;
