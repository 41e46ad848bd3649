import type { z } from 'zod';

/**
 * The most characters a contract field takes, read from its zod schema (through `.default()`
 * and `.optional()`), so a form's counter and the API's check cannot drift apart.
 */
export function textLimit(schema: z.ZodType): number {
  let current: unknown = schema;
  for (;;) {
    if (typeof current !== 'object' || current === null) break;
    if ('maxLength' in current && typeof current.maxLength === 'number') return current.maxLength;
    if (!('unwrap' in current) || typeof current.unwrap !== 'function') break;
    const inner: unknown = current.unwrap();
    current = inner;
  }
  throw new Error('This schema sets no maximum length.');
}
