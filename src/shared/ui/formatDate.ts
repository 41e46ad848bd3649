const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A calendar date (YYYY-MM-DD) in the reader's locale. Read and written as UTC so a
 * date never shifts by a day in time zones west of Greenwich.
 */
export function formatIsoDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : formatter.format(parsed);
}

const clockFormatter = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** The time of day of an instant (ISO time), in the reader's locale and time zone: "until 14:05". */
export function formatClockTime(instant: string): string {
  return clockFormatter.format(new Date(instant));
}
