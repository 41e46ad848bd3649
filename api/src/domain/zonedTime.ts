import { dateIn, isoWeekday } from './cadence';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock reading in one time zone: calendar date, `HH:MM`, and ISO weekday (1 = Monday). */
export interface WallClock {
  readonly date: string;
  readonly time: string;
  readonly weekday: number;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = timeFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormats.set(timeZone, format);
  }
  return format;
}

/** What a clock in `timeZone` reads at `instant`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const date = dateIn(timeZone, instant);
  return { date, time: timeFormat(timeZone).format(instant), weekday: isoWeekday(date) };
}

/** Minutes `timeZone` is ahead of UTC at `instant` (negative west of Greenwich). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const clock = wallClockAt(instant, timeZone);
  const asUtc = Date.parse(`${clock.date}T${clock.time}:00Z`);
  const floored = Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS;
  return Math.round((asUtc - floored) / MINUTE_MS);
}

/**
 * The instant a clock in `timeZone` reads `date` `time`. A time that happens twice (clocks
 * going back) gives the first; a time skipped by clocks going forward is moved forward by the
 * gap, as calendars do (02:30 on the night of the jump becomes 03:30).
 */
export function wallClockToUtc(date: string, time: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  // A day either side is clear of any daylight-saving change at the moment itself.
  const before = offsetMinutes(new Date(naive - DAY_MS), timeZone);
  const after = offsetMinutes(new Date(naive + DAY_MS), timeZone);
  const fits = [before, after]
    .map((offset) => naive - offset * MINUTE_MS)
    .filter((candidate) => {
      const clock = wallClockAt(new Date(candidate), timeZone);
      return clock.date === date && clock.time === time;
    });
  return new Date(fits.length > 0 ? Math.min(...fits) : naive - before * MINUTE_MS);
}
