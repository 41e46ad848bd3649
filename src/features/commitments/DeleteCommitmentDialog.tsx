import type { Commitment } from '@domain/commitments';
import { ConfirmDeleteDialog } from '../../shared/ui/ConfirmDeleteDialog';

/** Asks before deleting a commitment for good (dropping keeps it on record). Loaded on demand. */
export function DeleteCommitmentDialog(props: { commitment: Commitment; onDeleted: (commitment: Commitment) => void; onClose: () => void }) {
  const { commitment, ...handlers } = props;
  const detail = commitment.sharedInOneOnOne
    ? 'It is also removed from your 1:1. To keep it on record but stop tracking it, drop it instead.'
    : commitment.status === 'open'
      ? 'To keep it on record but stop tracking it, drop it instead.'
      : undefined;
  return <ConfirmDeleteDialog noun="commitment" item={commitment} {...(detail === undefined ? {} : { detail })} {...handlers} />;
}
