import type { SharedCommitment } from '@domain/oneOnOne';
import { formatIsoDate } from '../../shared/ui/formatDate';

/** The status as the page names it. */
export const STATUS_LABELS: Record<SharedCommitment['status'], string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** When it is due, or when it was done; overdue ones say so in words, not only in colour. */
export function dueText(commitment: Pick<SharedCommitment, 'status' | 'dueDate' | 'doneOn' | 'overdue'>): string {
  if (commitment.status === 'done') return commitment.doneOn === undefined ? 'Done' : `Done on ${formatIsoDate(commitment.doneOn)}`;
  if (commitment.status === 'dropped') return 'No longer planned';
  if (commitment.dueDate === undefined) return 'No due date';
  return commitment.overdue ? `Overdue: was due ${formatIsoDate(commitment.dueDate)}` : `Due ${formatIsoDate(commitment.dueDate)}`;
}
