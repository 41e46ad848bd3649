/*
 * Calendar-date arithmetic on YYYY-MM-DD strings, done in UTC so a date never shifts by a
 * day in time zones west of Greenwich. The same rule as the contract's addDays
 * (api/src/domain/followThrough.ts), restated because that module pulls zod into the first bundle.
 */

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}
