import { Body1, Caption1, Subtitle2, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import type { CommitmentComment, SharedCommitment } from '@domain/oneOnOne';
import { Pill } from '../../shared/ui/Pill';
import { CommentForm } from './CommentForm';
import { formatCommentTime } from './commentTime';
import { dueText, STATUS_LABELS } from './commitmentText';
import { personLabel, sentenceStart } from './people';
import { useItemStyles } from '../../shared/ui/useItemStyles';

const useStyles = makeStyles({
  overdue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  overdueText: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  comments: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  comment: { paddingInlineStart: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
  author: { color: tokens.colorNeutralForeground3 },
  commentMeta: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/** One commitment its owner shared: status, due date (overdue ones stand out), the comments on it and a way to add one. */
export function SharedCommitmentCard({
  chatId,
  commitment,
  me,
  onComment,
}: {
  chatId: string;
  commitment: SharedCommitment;
  me: string;
  onComment: (comment: CommitmentComment) => void;
}) {
  const chat = useItemStyles();
  const styles = useStyles();
  const titleId = useId('commitment-title-');
  const mine = commitment.ownerObjectId.toLowerCase() === me;
  return (
    <article className={mergeClasses(chat.card, commitment.overdue && styles.overdue)} aria-labelledby={titleId}>
      <div className={chat.meta}>
        <Pill tone={commitment.status === 'done' ? 'success' : commitment.status === 'open' ? 'brand' : 'neutral'}>{STATUS_LABELS[commitment.status]}</Pill>
        {commitment.overdue ? (
          <Caption1 className={styles.overdueText}>
            <WarningRegular aria-hidden />
            {dueText(commitment)}
          </Caption1>
        ) : (
          <Caption1>{dueText(commitment)}</Caption1>
        )}
      </div>
      <Subtitle2 as="h3" id={titleId} className={chat.title}>
        {commitment.title}
      </Subtitle2>
      <Caption1 className={chat.meta}>
        {mine ? 'Your commitment. Change its status in your own Upward tab.' : `${sentenceStart(personLabel({ objectId: commitment.ownerObjectId, name: commitment.ownerName }, me))}’s commitment`}
      </Caption1>
      {commitment.comments.length === 0 ? null : (
        <ul className={styles.comments} aria-label={`Comments on ${commitment.title}`}>
          {commitment.comments.map((comment) => (
            <li key={comment.id} className={styles.comment}>
              {/* Author and time are their own elements, so neither runs into the text. */}
              <div className={styles.commentMeta}>
                <Caption1 className={styles.author}>{sentenceStart(personLabel(comment.author, me))}</Caption1>
                <Caption1 className={styles.author}>
                  <time dateTime={comment.createdAt}>{formatCommentTime(comment.createdAt)}</time>
                </Caption1>
              </div>
              <Body1 as="p" className={chat.text}>
                {comment.text}
              </Body1>
            </li>
          ))}
        </ul>
      )}
      <CommentForm chatId={chatId} commitment={commitment} onAdded={onComment} />
    </article>
  );
}
