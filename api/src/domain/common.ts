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

/**
 * A UTF-16 surrogate without its partner is not a character: it cannot be encoded as UTF-8,
 * so storage, JSON consumers and other clients would each turn it into something else.
 */
function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (code >= 0xdc00 && code <= 0xdfff) return true;
  }
  return false;
}

const text = (max: number) =>
  z
    .string()
    .max(max, `At most ${max} characters.`)
    .refine((s) => !hasControlChars(s), 'Contains control characters.')
    .refine((s) => !hasLoneSurrogate(s), 'Contains an unpaired UTF-16 surrogate, which is not a character.');

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

/** Most characters a list cursor can have; the store's cursors are far shorter. */
const MAX_CURSOR_LENGTH = 2000;

/** Storage keys never hold control characters, and a lone surrogate cannot even be sent. */
function isCursorKey(value: unknown): boolean {
  return typeof value === 'string' && !hasControlChars(value) && !hasLoneSurrogate(value);
}

/**
 * Whether `value` has the shape of the store's paging cursor: base64 of a JSON object with a
 * string `nextPartitionKey` and optionally a string `nextRowKey`. Anything else never came
 * from a page of ours, and is refused before it reaches storage.
 */
function isCursorShape(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 === 1) return false;
  try {
    const decoded: unknown = JSON.parse(atob(value));
    if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) return false;
    const { nextPartitionKey, nextRowKey, ...rest } = decoded as Record<string, unknown>;
    return isCursorKey(nextPartitionKey) && (nextRowKey === undefined || isCursorKey(nextRowKey)) && Object.keys(rest).length === 0;
  } catch {
    return false;
  }
}

/** The `cursor` query parameter: the `nextCursor` of the previous page, sent back unchanged. */
export const cursorSchema = z
  .string()
  .max(MAX_CURSOR_LENGTH, 'Not a cursor from a previous page.')
  .refine(isCursorShape, 'Not a cursor from a previous page.');

/** Query of a paged list: page size (1 to `maxLimit`) and the cursor of the previous page. */
export const listQueryOf = (defaultLimit: number, maxLimit: number) =>
  z.object({
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
    cursor: cursorSchema.optional(),
  });

/** A page of results and the cursor for the next one, if any. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
