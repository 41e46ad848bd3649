import { z } from 'zod';
import { isoDateSchema } from './common';
import { addDays, daysBetween } from './calendarDates';

/** Weekday names, ISO numbered: index 0 is day 1, Monday. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const weekdaySchema = z.number().int().min(1, 'Pick a weekday.').max(7, 'Pick a weekday.');
/** A wall-clock time of day, `HH:MM`, 24-hour. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 10:00.');

/** True for a time zone this runtime knows by its IANA name, such as Europe/Berlin. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The setter's IANA time zone: the time of day means that wall-clock time there. */
export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, 'Not a time zone.');

/**
 * When the 1:1 happens: every week, every other week (counted from the first meeting on or
 * after `startsOn`), or once on a date. Times are wall-clock times in `timeZone`.
 */
export const cadenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly'), weekday: weekdaySchema, time: timeOfDaySchema, timeZone: timeZoneSchema }).strict(),
  z.object({ kind: z.literal('biweekly'), weekday: weekdaySchema, time: timeOfDaySchema, timeZone: timeZoneSchema, startsOn: isoDateSchema }).strict(),
  z.object({ kind: z.literal('once'), date: isoDateSchema, time: timeOfDaySchema, timeZone: timeZoneSchema }).strict(),
]);
export type Cadence = z.infer<typeof cadenceSchema>;

/** The next 1:1: a date and a wall-clock time in the setter's time zone. */
export const nextMeetingSchema = z.object({ date: z.string(), time: z.string(), timeZone: z.string() });
export type NextMeeting = z.infer<typeof nextMeetingSchema>;

/** The calendar date at `now` in `timeZone`. */
export function dateIn(timeZone: string, now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The first date on or after `from` that falls on `weekday`. */
function onOrAfter(from: string, weekday: number): string {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

/**
 * The next 1:1 at `now`, or null when a one-off date has passed. A meeting stays "next" for
 * the whole of its day in the setter's time zone, so closing it that afternoon still proposes
 * that day as the record's date.
 */
export function nextMeeting(cadence: Cadence, now: Date): NextMeeting | null {
  const today = dateIn(cadence.timeZone, now);
  const at = (date: string): NextMeeting => ({ date, time: cadence.time, timeZone: cadence.timeZone });
  switch (cadence.kind) {
    case 'once':
      return cadence.date >= today ? at(cadence.date) : null;
    case 'weekly':
      return at(onOrAfter(today, cadence.weekday));
    case 'biweekly': {
      const first = onOrAfter(cadence.startsOn, cadence.weekday);
      if (first >= today) return at(first);
      return at(addDays(first, Math.ceil(daysBetween(first, today) / 14) * 14));
    }
  }
}
