const DAY_MS = 86_400_000;

// Calendar dates as YYYY-MM-DD strings, with arithmetic in UTC so a date never shifts by a day
// in time zones west of Greenwich or across a daylight-saving change. Free of zod: the tab uses it.

function toUtcMs(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  // Not Date.UTC: it reads years 0-99 as 1900-1999.
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

/** The UTC calendar date of `moment`: the server's today where the viewer did not say theirs. */
export function utcDateOf(moment: Date = new Date()): string {
  return moment.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return utcDateOf(new Date(toUtcMs(date) + days * DAY_MS));
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}
