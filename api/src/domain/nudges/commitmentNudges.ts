import { addDays } from '../calendarDates';
import { firstWorkingMomentFrom } from './workingHours';
import type { NudgeSettings } from './nudgeSettings';

/** The three reminders a commitment with a due date gets. */
export const COMMITMENT_NUDGES = ['dueTomorrow', 'dueToday', 'overdue'] as const;
export type CommitmentNudge = (typeof COMMITMENT_NUDGES)[number];

/** One reminder to send: which, about which due date, and when. */
export interface PlannedNudge {
  readonly nudge: CommitmentNudge;
  readonly dueDate: string;
  readonly sendAt: Date;
}

/** The calendar day each reminder is about, relative to the due date. */
const DAY_OFFSET: Record<CommitmentNudge, number> = { dueTomorrow: -1, dueToday: 0, overdue: 1 };

/**
 * When to remind about an open commitment due on `dueDate` (a calendar date in the user's own
 * time zone): at the start of working hours the day before, on the day, and the day after.
 * "Due tomorrow" and "due today" are only true on their own day, so when that day is not a
 * working day they are not sent; "overdue" waits for the next working day (a commitment due on
 * Friday is overdue on Monday too). Reminders already in the past at `now` are not planned.
 */
export function planCommitmentNudges(dueDate: string, settings: NudgeSettings, now: Date): readonly PlannedNudge[] {
  if (!settings.switches.commitmentDue) return [];
  const planned: PlannedNudge[] = [];
  for (const nudge of COMMITMENT_NUDGES) {
    const day = addDays(dueDate, DAY_OFFSET[nudge]);
    const moment = firstWorkingMomentFrom(day, settings.workingHours, settings.timeZone);
    if (moment === null) continue;
    if (nudge !== 'overdue' && moment.date !== day) continue;
    if (moment.at.getTime() < now.getTime()) continue;
    planned.push({ nudge, dueDate, sendAt: moment.at });
  }
  return planned;
}
