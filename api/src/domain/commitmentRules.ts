import { addDays } from './calendarDates';
import type { Commitment } from './commitments';

// Pure and free of zod, so the tab's first bundle uses these very rules.

/**
 * Follow-through: the share of my commitments that I did on or before their due date.
 *
 * - Window: due dates from `today` − 89 days through `today`, inclusive (90 calendar days).
 * - Counted (`due`): commitments with a due date in the window that are not dropped, except
 *   one still open and due today, because its day is not over yet.
 * - On time (`doneOnTime`): counted commitments marked done with `doneOn` <= `dueDate`.
 * - `rate` = doneOnTime / due, or null when nothing is counted (no figure beats a made-up one).
 *
 * Commitments without a due date never count: there is no "on time" for them.
 */
export const FOLLOW_THROUGH_WINDOW_DAYS = 90;

/** An open commitment is "due soon" when it is due today or within this many days after today. */
export const DUE_SOON_DAYS = 7;

/** The follow-through figure: see the rule above. */
export interface FollowThroughFigure {
  /** First due date counted (today − 89 days). */
  readonly from: string;
  /** Last due date counted (today). */
  readonly to: string;
  readonly due: number;
  readonly doneOnTime: number;
  /** doneOnTime / due, between 0 and 1; null when nothing was due. */
  readonly rate: number | null;
}

/** The follow-through figure on a day, and how many commitments each list holds. */
export interface CommitmentSummary {
  readonly today: string;
  readonly followThrough: FollowThroughFigure;
  readonly counts: Readonly<Record<'open' | 'dueSoon' | 'overdue' | 'done' | 'dropped', number>>;
}

/** Which list of the personal tab a commitment belongs to on a given day. */
export type CommitmentBucket = 'overdue' | 'dueSoon' | 'open' | 'done' | 'dropped';

type Dated = Pick<Commitment, 'status' | 'dueDate' | 'doneOn'>;

/** Where a commitment sits on `today`: done and dropped first, then open ones by due date. */
export function commitmentBucket(commitment: Dated, today: string): CommitmentBucket {
  if (commitment.status === 'done') return 'done';
  if (commitment.status === 'dropped') return 'dropped';
  if (commitment.dueDate === undefined) return 'open';
  if (commitment.dueDate < today) return 'overdue';
  if (commitment.dueDate <= addDays(today, DUE_SOON_DAYS)) return 'dueSoon';
  return 'open';
}

/** The follow-through figure on `today`; see the module comment for the exact rule. */
export function followThrough(commitments: readonly Dated[], today: string): FollowThroughFigure {
  return followThroughOver(commitments, addDays(today, -(FOLLOW_THROUGH_WINDOW_DAYS - 1)), today, today);
}

/**
 * The same rule over any period of due dates (a review's quarter): an open commitment due
 * today or later is not counted, because its day is not over yet on `today`.
 */
export function followThroughOver(commitments: readonly Dated[], from: string, to: string, today: string): FollowThroughFigure {
  let due = 0;
  let doneOnTime = 0;
  for (const commitment of commitments) {
    const { dueDate, status } = commitment;
    if (dueDate === undefined || dueDate < from || dueDate > to || status === 'dropped') continue;
    if (status === 'open' && dueDate >= today) continue;
    due++;
    if (status === 'done' && commitment.doneOn !== undefined && commitment.doneOn <= dueDate) doneOnTime++;
  }
  return { from, to, due, doneOnTime, rate: due === 0 ? null : doneOnTime / due };
}

/** Follow-through plus the size of each list, for the personal tab's commitments section. */
export function summariseCommitments(commitments: readonly Dated[], today: string): CommitmentSummary {
  const counts = { open: 0, dueSoon: 0, overdue: 0, done: 0, dropped: 0 };
  for (const commitment of commitments) {
    const bucket = commitmentBucket(commitment, today);
    if (bucket === 'overdue' || bucket === 'dueSoon') counts.open++;
    counts[bucket]++;
  }
  return { today, followThrough: followThrough(commitments, today), counts };
}

const BUCKET_ORDER: Record<CommitmentBucket, number> = { overdue: 0, dueSoon: 1, open: 2, done: 3, dropped: 4 };

/**
 * Orders commitments for a list: overdue, due soon, open, done, dropped; open ones by due date
 * (soonest first, undated last), done ones most recently done first.
 */
export function compareCommitments(today: string): (a: Commitment, b: Commitment) => number {
  return (a, b) => {
    const byBucket = BUCKET_ORDER[commitmentBucket(a, today)] - BUCKET_ORDER[commitmentBucket(b, today)];
    if (byBucket !== 0) return byBucket;
    if (a.status === 'done' && b.status === 'done') return (b.doneOn ?? '').localeCompare(a.doneOn ?? '');
    const dueA = a.dueDate ?? '9999-12-31';
    const dueB = b.dueDate ?? '9999-12-31';
    return dueA.localeCompare(dueB) || b.createdAt.localeCompare(a.createdAt);
  };
}
