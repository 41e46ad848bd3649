const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A calendar date (YYYY-MM-DD) in the reader's locale. Read and written as UTC so a
 * date never shifts by a day in time zones west of Greenwich.
 */
export function formatIsoDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : formatter.format(parsed);
}
