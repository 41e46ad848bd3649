import type { Commitment } from '../../../api/src/domain/commitments';
import type { CommitmentBucket } from '../../../api/src/domain/followThrough';
import { addDays } from './commitmentDates';

/*
 * The same rules as the contract's commitmentBucket and compareCommitments
 * (api/src/domain/followThrough.ts), restated here because importing any value from that
 * module pulls zod into the first bundle. commitmentList.test.ts checks both agree.
 */

/**
 * An open commitment is "due soon" when it is due today or within the next 7 days
 * (today + 7 inclusive); before today it is overdue. The contract's DUE_SOON_DAYS.
 */
export const DUE_SOON_DAYS = 7;

/** One list of the commitments section. */
export interface CommitmentGroup {
  readonly bucket: CommitmentBucket;
  readonly commitments: readonly Commitment[];
}

/** The lists in the order the section shows them. */
export const BUCKETS: readonly CommitmentBucket[] = ['overdue', 'dueSoon', 'open', 'done', 'dropped'];

const BUCKET_ORDER: Record<CommitmentBucket, number> = { overdue: 0, dueSoon: 1, open: 2, done: 3, dropped: 4 };
const NO_DATE = '9999-12-31';

type Dated = Pick<Commitment, 'status' | 'dueDate'>;

/** Where a commitment sits on `today`: done and dropped by status, open ones by due date (see {@link DUE_SOON_DAYS}). */
export function commitmentBucket(commitment: Dated, today: string): CommitmentBucket {
  if (commitment.status === 'done') return 'done';
  if (commitment.status === 'dropped') return 'dropped';
  if (commitment.dueDate === undefined) return 'open';
  if (commitment.dueDate < today) return 'overdue';
  if (commitment.dueDate <= addDays(today, DUE_SOON_DAYS)) return 'dueSoon';
  return 'open';
}

/**
 * Orders commitments: overdue, due soon, open, done, dropped; open ones soonest due first
 * (undated last), done ones most recently done first, then the newest.
 */
export function compareCommitments(today: string): (a: Commitment, b: Commitment) => number {
  return (a, b) => {
    const byBucket = BUCKET_ORDER[commitmentBucket(a, today)] - BUCKET_ORDER[commitmentBucket(b, today)];
    if (byBucket !== 0) return byBucket;
    if (a.status === 'done' && b.status === 'done') return (b.doneOn ?? '').localeCompare(a.doneOn ?? '');
    return (a.dueDate ?? NO_DATE).localeCompare(b.dueDate ?? NO_DATE) || b.createdAt.localeCompare(a.createdAt);
  };
}

/** Commitments in their lists on `today`, each list in order. Every list is present, empty or not. */
export function groupCommitments(commitments: readonly Commitment[], today: string): CommitmentGroup[] {
  const sorted = [...commitments].sort(compareCommitments(today));
  return BUCKETS.map((bucket) => ({ bucket, commitments: sorted.filter((commitment) => commitmentBucket(commitment, today) === bucket) }));
}
