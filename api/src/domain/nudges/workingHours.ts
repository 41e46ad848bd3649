import { addDays } from '../calendarDates';
import { isoWeekday } from '../cadence';
import { wallClockAt, wallClockToUtc } from '../zonedTime';
import type { WorkingHours } from './nudgeSettings';

/** Whether `instant` lies inside the working hours, read in `timeZone` (start included, end not). */
export function isWorkingTime(instant: Date, hours: WorkingHours, timeZone: string): boolean {
  const clock = wallClockAt(instant, timeZone);
  return hours.days.includes(clock.weekday) && clock.time >= hours.start && clock.time < hours.end;
}

/**
 * The first moment at or after the start of `date` (in `timeZone`) inside the working hours,
 * looking at most a week ahead; null when no working day falls in that week.
 */
export function firstWorkingMomentFrom(date: string, hours: WorkingHours, timeZone: string): { readonly date: string; readonly at: Date } | null {
  for (let offset = 0; offset < 7; offset++) {
    const day = addDays(date, offset);
    if (hours.days.includes(isoWeekday(day))) return { date: day, at: wallClockToUtc(day, hours.start, timeZone) };
  }
  return null;
}
