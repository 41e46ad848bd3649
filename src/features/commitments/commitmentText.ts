import type { Commitment } from '@domain/commitments';
import type { CommitmentBucket, CommitmentSummary } from '@domain/commitmentRules';
import { daysBetween } from '@domain/calendarDates';

/** The heading over each list. */
export const BUCKET_HEADINGS: Record<CommitmentBucket, string> = {
  overdue: 'Overdue',
  dueSoon: 'Due soon',
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/**
 * When an open commitment is due, relative to `today`, as a sentence that stands on its own
 * for screen readers ("Overdue by 2 days", "Due tomorrow"). Undefined without a due date.
 */
export function dueText(dueDate: string | undefined, today: string): string | undefined {
  if (dueDate === undefined) return undefined;
  const ahead = daysBetween(today, dueDate);
  if (ahead < 0) return `Overdue by ${days(-ahead)}`;
  if (ahead === 0) return 'Due today';
  if (ahead === 1) return 'Due tomorrow';
  return `Due in ${days(ahead)}`;
}

/** Whether a done commitment met its due date: "on time", "2 days late", or nothing without both dates. */
export function timelinessText(commitment: Pick<Commitment, 'dueDate' | 'doneOn'>): string | undefined {
  const { dueDate, doneOn } = commitment;
  if (dueDate === undefined || doneOn === undefined) return undefined;
  const late = daysBetween(dueDate, doneOn);
  return late <= 0 ? 'on time' : `${days(late)} late`;
}

/** The follow-through figure as the section shows it: a headline and the sentence behind it. */
export interface FollowThroughText {
  readonly headline: string;
  readonly detail: string;
}

/**
 * The follow-through figure in words. With nothing to measure yet it says so, and how to
 * get a figure, rather than showing 0% or 100% for no commitments.
 */
export function followThroughText(followThrough: CommitmentSummary['followThrough']): FollowThroughText {
  const { due, doneOnTime, rate } = followThrough;
  if (rate === null || due === 0) {
    return {
      headline: 'Follow-through: nothing to measure yet',
      detail: 'Give your commitments due dates. Once one falls due, this shows how many of those due in the last 90 days you did on time.',
    };
  }
  return {
    headline: `Follow-through: ${Math.round(rate * 100)}%`,
    detail: `${doneOnTime} of ${due} due in the last 90 days done on time`,
  };
}
