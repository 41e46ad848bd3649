import { commitmentSchema, type Commitment } from '@domain/commitments';
import { DeleteItemDialog } from '../../shared/ui/DeleteItemDialog';
import { COMMITMENTS } from './commitmentsApi';

/** Asks before deleting a commitment for good (dropping keeps it on record). Loaded on demand. */
export function DeleteCommitmentDialog(props: {
  commitment: Commitment;
  onDeleted: (commitment: Commitment) => void;
  onConflict: (current: Commitment) => void;
  onClose: () => void;
}) {
  const { commitment, ...handlers } = props;
  const detail = commitment.sharedInOneOnOne
    ? 'It is also removed from your 1:1. To keep it on record but stop tracking it, drop it instead.'
    : commitment.status === 'open'
      ? 'To keep it on record but stop tracking it, drop it instead.'
      : undefined;
  return (
    <DeleteItemDialog
      noun="commitment"
      collection={COMMITMENTS}
      item={commitment}
      itemSchema={commitmentSchema}
      {...(detail === undefined ? {} : { detail })}
      {...handlers}
    />
  );
}
