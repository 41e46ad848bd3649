import { z } from 'zod';

/** Request bodies above this are refused with 413, well under Table Storage's 64 KiB per property. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Limits the contract enforces on free text, in characters. */
export const LIMITS = { title: 200, text: 4000, url: 2000, name: 200 } as const;

/**
 * Text stored exactly as typed. Control characters other than tab and newline are
 * refused: they have no business in a note and some are not allowed in Table Storage.
 */
function hasControlChars(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

const text = (max: number) =>
  z.string().max(max, `At most ${max} characters.`).refine((s) => !hasControlChars(s), 'Contains control characters.');

/** A required single-line title. */
export const titleSchema = text(LIMITS.title).trim().min(1, 'Required.');

/** A short single line that may be empty, such as a person's name. */
export const shortTextSchema = text(LIMITS.name).trim();

/** Optional longer text; empty string allowed. */
export const longTextSchema = text(LIMITS.text);

/**
 * The calendar dates the contract accepts. Anything outside is a typo (a year of 0001 or
 * 9999 from a date picker), not a plan: refused rather than stored and counted.
 */
export const DATE_RANGE = { earliest: '1900-01-01', latest: '2100-12-31' } as const;

/** What a date outside {@link DATE_RANGE} is told. */
export const DATE_RANGE_MESSAGE = `Pick a date between ${DATE_RANGE.earliest} and ${DATE_RANGE.latest}.`;

/**
 * A calendar date, YYYY-MM-DD, that exists and lies in {@link DATE_RANGE}: the one date rule
 * of every request and every form. Same-length ISO strings compare in date order.
 */
export const isoDateSchema = z.iso
  .date({ message: 'Use a date like 2026-03-31.' })
  .refine((date) => date >= DATE_RANGE.earliest && date <= DATE_RANGE.latest, DATE_RANGE_MESSAGE);

/**
 * The latest calendar date anywhere on Earth right now (UTC+14), so "not in the future" holds
 * for every user's own today without knowing their time zone.
 */
export function latestTodayAnywhere(now: number = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** An http(s) link, or nothing. */
export const optionalUrlSchema = z
  .url({ protocol: /^https?$/, message: 'Use a link that starts with https://.' })
  .max(LIMITS.url)
  .optional();

/** Server-assigned item id: 26 Crockford base32 characters (ULID alphabet). */
export const idSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Not an item id.');

/** Fields every stored item carries, set by the server. */
export const storedFieldsSchema = z.object({
  id: idSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Opaque version; send it back as If-Match to update. */
  etag: z.string(),
});

/** A page of results and the cursor for the next one, if any. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
