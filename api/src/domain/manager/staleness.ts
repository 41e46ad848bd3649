import { daysBetween } from '../calendarDates';

/** An entry older than this is marked "check again": people and their pressures change. */
export const CHECK_AGAIN_AFTER_DAYS = 90;

/** Whether an entry noted on `notedOn` should be checked again on `today` (both YYYY-MM-DD). */
export function needsCheckingAgain(notedOn: string, today: string): boolean {
  return daysBetween(notedOn, today) > CHECK_AGAIN_AFTER_DAYS;
}
