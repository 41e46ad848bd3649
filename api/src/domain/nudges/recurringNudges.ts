import { addDays } from '../calendarDates';
import { isoWeekday, type Cadence } from '../cadence';
import { periodOf, type UpdateRhythm } from '../progressUpdate/updateCadence';
import { wallClockToUtc } from '../zonedTime';
import type { NudgeSettings, WorkingHours } from './nudgeSettings';

/** Every kind of nudge, each with its own switch in the settings. */
export const NUDGE_KINDS = ['commitmentDue', 'oneOnOneTomorrow', 'updateDue', 'weeklyWins'] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

/** The nudges that come back on a rhythm rather than once per item. */
export const RECURRING_NUDGE_KINDS = ['oneOnOneTomorrow', 'updateDue', 'weeklyWins'] as const;
export type RecurringNudgeKind = (typeof RECURRING_NUDGE_KINDS)[number];

/**
 * One occurrence of a recurring nudge: the calendar date it is about (the 1:1's date, the
 * update's due date, the wins day), which is part of its nudge id, and when it is sent.
 */
export interface Occurrence {
  readonly occurrence: string;
  readonly sendAt: Date;
}

/** How many occurrences a planner looks through before it gives up (a year of weeks, or of days for daily updates). */
const LOOK_AHEAD = 400;

/**
 * The start of working hours on the last working day on or before `date`, in the user's zone
 * (looking back at most six days); null when that week has no working day. A nudge about a
 * Monday 1:1 comes on the Friday before, not on a Sunday nobody works.
 */
export function workingStartOnOrBefore(date: string, hours: WorkingHours, timeZone: string): { readonly date: string; readonly at: Date } | null {
  for (let back = 0; back < 7; back++) {
    const day = addDays(date, -back);
    if (hours.days.includes(isoWeekday(day))) return { date: day, at: wallClockToUtc(day, hours.start, timeZone) };
  }
  return null;
}

/**
 * The first occurrence from `dates` (occurrence dates in order) whose send time, found by
 * `sendDay` (the calendar day to send on for that occurrence), is not before `now`.
 */
function firstDue(dates: Iterable<string>, sendDay: (occurrence: string) => string, settings: NudgeSettings, now: Date): Occurrence | null {
  let looked = 0;
  for (const occurrence of dates) {
    if (++looked > LOOK_AHEAD) return null;
    const moment = workingStartOnOrBefore(sendDay(occurrence), settings.workingHours, settings.timeZone);
    if (moment !== null && moment.at.getTime() >= now.getTime()) return { occurrence, sendAt: moment.at };
  }
  return null;
}

/** The 1:1 dates of a cadence on or after `from`, in order (the setter's calendar). */
export function* meetingDates(cadence: Cadence, from: string): Generator<string> {
  switch (cadence.kind) {
    case 'once':
      if (cadence.date >= from) yield cadence.date;
      return;
    case 'weekly':
    case 'biweekly': {
      const step = cadence.kind === 'weekly' ? 7 : 14;
      const anchor = cadence.kind === 'weekly' ? from : cadence.startsOn;
      let date = addDays(anchor, (cadence.weekday - isoWeekday(anchor) + 7) % 7);
      if (date < from) date = addDays(date, Math.ceil((Date.parse(from) - Date.parse(date)) / (step * 86_400_000)) * step);
      for (;;) {
        yield date;
        date = addDays(date, step);
      }
    }
  }
}

/**
 * "1:1 tomorrow": for the first 1:1 dated `from` or later, at the start of the user's working
 * hours on their last working day before it, not before `now`. The occurrence is the 1:1's date.
 */
export function planOneOnOneTomorrow(cadence: Cadence | null, settings: NudgeSettings, from: string, now: Date): Occurrence | null {
  if (!settings.switches.oneOnOneTomorrow || cadence === null) return null;
  return firstDue(meetingDates(cadence, from), (meeting) => addDays(meeting, -1), settings, now);
}

/** The due dates of update periods on or after `from`, skipping periods an update was already sent in. */
function* dueDates(rhythm: UpdateRhythm, from: string, sentOn: readonly string[]): Generator<string> {
  let period = periodOf(rhythm, from);
  for (;;) {
    const sent = sentOn.some((date) => date >= period.start && date <= period.end);
    if (!sent && period.due >= from) yield period.due;
    period = periodOf(rhythm, addDays(period.end, 1));
  }
}

/**
 * "Update due": on the due day of the first period due `from` or later that has no update
 * sent yet (or the last working day before it), at the start of working hours. The
 * occurrence is the period's due date.
 */
export function planUpdateDue(rhythm: UpdateRhythm | null, sentOn: readonly string[], settings: NudgeSettings, from: string, now: Date): Occurrence | null {
  if (!settings.switches.updateDue || rhythm === null) return null;
  return firstDue(dueDates(rhythm, from, sentOn), (due) => due, settings, now);
}

/** The dates falling on `weekday`, from `from` on. */
function* weekdaysFrom(weekday: number, from: string): Generator<string> {
  let date = addDays(from, (weekday - isoWeekday(from) + 7) % 7);
  for (;;) {
    yield date;
    date = addDays(date, 7);
  }
}

/**
 * "Log your wins": every week on the user's wins day (or the last working day before it when
 * that day is off), at the start of working hours. The occurrence is the wins day's date.
 */
export function planWeeklyWins(settings: NudgeSettings, from: string, now: Date): Occurrence | null {
  if (!settings.switches.weeklyWins) return null;
  return firstDue(weekdaysFrom(settings.winsDay, from), (day) => day, settings, now);
}

/** The Monday-to-Sunday week `date` is in, for "wins logged this week". */
export function weekOf(date: string): { readonly start: string; readonly end: string } {
  const start = addDays(date, 1 - isoWeekday(date));
  return { start, end: addDays(start, 6) };
}
