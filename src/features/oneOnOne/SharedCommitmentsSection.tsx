import type { CommitmentComment, OneOnOneSpace } from '@domain/oneOnOne';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { Section } from '../../shared/ui/Section';
import { SharedCommitmentCard } from './SharedCommitmentCard';
import { useItemStyles } from '../../shared/ui/useItemStyles';

/** The commitments their owners chose to share in this 1:1, overdue first, with comments. */
export function SharedCommitmentsSection({ chatId, space, onComment }: { chatId: string; space: OneOnOneSpace | undefined; onComment: (comment: CommitmentComment) => void }) {
  const chat = useItemStyles();
  return (
    <Section id="commitments-heading" title="Shared commitments">
      {space === undefined ? (
        <ListSkeleton rows={2} label="Loading shared commitments" />
      ) : !space.sharedItemsAvailable ? (
        <EmptyState title="Not shown in larger chats">
          This chat has more than {space.limits.maxSharingMembers} members, so nothing from anyone’s personal Upward space is shown here.
        </EmptyState>
      ) : space.sharedCommitments.length === 0 ? (
        <EmptyState title="No shared commitments">
          Commitments appear here when their owner turns on “Share in my 1:1” in their own Upward tab. Nothing else from it is shown.
        </EmptyState>
      ) : (
        <ul className={chat.list}>
          {space.sharedCommitments.map((commitment) => (
            <li key={`${commitment.ownerObjectId}/${commitment.id}`}>
              <SharedCommitmentCard chatId={chatId} commitment={commitment} me={space.me} onComment={onComment} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
