import { addDays } from '../calendarDates';
import { WEEKDAY_NAMES, isoWeekday } from '../cadence';

/** How often the manager wants an update: the choices of the profile's cadence field. */
export const UPDATE_CADENCES = ['daily', 'weekly', 'fortnightly', 'monthly'] as const;
export type UpdateCadence = (typeof UPDATE_CADENCES)[number];

/** The cadence and the weekday updates are due on ("every Friday"); monthly updates are due at the month's end. */
export interface UpdateRhythm {
  readonly cadence: UpdateCadence;
  readonly weekday: number;
}

/** Without a day in the profile, weekly updates are due on Friday. */
export const DEFAULT_UPDATE_WEEKDAY = 5;

/** How many finished periods the consistency figure looks back over. */
export const CONSISTENCY_PERIODS = 8;

/** The rhythm a cadence choice and its entry's words say: "every Friday" names the day. */
export function rhythmFrom(cadence: UpdateCadence, text: string): UpdateRhythm {
  const named = WEEKDAY_NAMES.findIndex((name) => new RegExp(`\\b${name}s?\\b`, 'i').test(text));
  return { cadence, weekday: named === -1 ? DEFAULT_UPDATE_WEEKDAY : named + 1 };
}

/** One stretch of time an update is owed for, and the day it is due. */
export interface UpdatePeriod {
  readonly start: string;
  readonly end: string;
  readonly due: string;
}

// Fortnights are counted from a fixed Monday, so they do not move when the rhythm is read again.
const FORTNIGHT_ANCHOR = '2024-01-01';

const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));
const lastOfMonth = (date: string) => addDays(`${addDays(`${date.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1);

/** The period `date` falls in. Daily updates are owed on working days: a weekend belongs to the Monday after it. */
export function periodOf(rhythm: UpdateRhythm, date: string): UpdatePeriod {
  switch (rhythm.cadence) {
    case 'daily': {
      const weekday = isoWeekday(date);
      const day = weekday > 5 ? addDays(date, 8 - weekday) : date;
      return { start: isoWeekday(day) === 1 ? addDays(day, -2) : day, end: day, due: day };
    }
    case 'weekly': {
      const start = mondayOf(date);
      return { start, end: addDays(start, 6), due: addDays(start, rhythm.weekday - 1) };
    }
    case 'fortnightly': {
      const weeks = Math.floor((Date.parse(mondayOf(date)) - Date.parse(FORTNIGHT_ANCHOR)) / (7 * 86_400_000));
      const start = addDays(mondayOf(date), weeks % 2 === 0 ? 0 : -7);
      return { start, end: addDays(start, 13), due: addDays(start, 6 + rhythm.weekday) };
    }
    case 'monthly': {
      const end = lastOfMonth(date);
      return { start: `${date.slice(0, 7)}-01`, end, due: end };
    }
  }
}

/** One finished period of the consistency figure. */
export interface PeriodOutcome extends UpdatePeriod {
  readonly onTime: boolean;
}

/** When the next update is due, and how often updates went out on time. */
export interface UpdateConsistency {
  readonly nextDue: string;
  /** The current period's update is late: its due date passed and nothing went out. */
  readonly overdue: boolean;
  /** Up to {@link CONSISTENCY_PERIODS} settled periods, oldest first, from the first update sent on. */
  readonly periods: readonly PeriodOutcome[];
  readonly onTime: number;
}

/**
 * The cadence figure from the dates updates were sent. A period counts once it is settled
 * (sent on time, or its due date has passed); periods before the first update ever sent do
 * not count against anyone. A period's update is on time when one went out in it by its due date.
 */
export function updateConsistency(rhythm: UpdateRhythm, sentOn: readonly string[], today: string): UpdateConsistency {
  const sent = [...sentOn].sort();
  const sentIn = (period: UpdatePeriod) => sent.some((date) => date >= period.start && date <= period.due);
  const current = periodOf(rhythm, today);
  const currentDone = sent.some((date) => date >= current.start && date <= current.end);
  const next = currentDone ? periodOf(rhythm, addDays(current.end, 1)) : current;
  const periods: PeriodOutcome[] = [];
  const first = sent[0];
  if (first !== undefined) {
    const firstPeriod = periodOf(rhythm, first);
    let period = current;
    while (periods.length < CONSISTENCY_PERIODS && period.start >= firstPeriod.start) {
      const onTime = sentIn(period);
      if (onTime || period.due < today) periods.unshift({ ...period, onTime });
      period = periodOf(rhythm, addDays(period.start, -1));
    }
  }
  return { nextDue: next.due, overdue: !currentDone && current.due < today, periods, onTime: periods.filter((period) => period.onTime).length };
}
