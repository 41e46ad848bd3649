import type { Commitment } from '@domain/commitments';
import { commitmentBucket, compareCommitments, type CommitmentBucket } from '@domain/commitmentRules';

/** One list of the commitments section. */
export interface CommitmentGroup {
  readonly bucket: CommitmentBucket;
  readonly commitments: readonly Commitment[];
}

/** The lists in the order the section shows them. */
export const BUCKETS: readonly CommitmentBucket[] = ['overdue', 'dueSoon', 'open', 'done', 'dropped'];

/** Commitments in their lists on `today`, each list in order. Every list is present, empty or not. */
export function groupCommitments(commitments: readonly Commitment[], today: string): CommitmentGroup[] {
  const sorted = [...commitments].sort(compareCommitments(today));
  return BUCKETS.map((bucket) => ({ bucket, commitments: sorted.filter((commitment) => commitmentBucket(commitment, today) === bucket) }));
}
