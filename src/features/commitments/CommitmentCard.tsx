import { Body1, Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, DismissCircleRegular, PeopleTeamRegular, PersonRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { Commitment } from '@domain/commitments';
import { ItemActions } from '../../shared/ui/ItemActions';
import { MessageSourceLink } from '../../shared/ui/MessageSourceLink';
import { Pill } from '../../shared/ui/Pill';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { CommitmentDue } from './CommitmentDue';
import { PriorityTag } from '../../shared/ui/PriorityTag';

const useStyles = makeStyles({
  // A thick danger-coloured edge (Griffel flips left to right in right-to-left languages);
  // the card's text says "Overdue" too, for those who cannot see it.
  overdue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusDangerBorder2}` },
  closed: { backgroundColor: tokens.colorNeutralBackground3 },
  toWhom: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
});

/** What a card's buttons do; each gets the button pressed, so focus can return to it. */
export interface CommitmentActions {
  readonly onMarkDone: (opener: HTMLElement) => void;
  readonly onReopen: (opener: HTMLElement) => void;
  readonly onDrop: (opener: HTMLElement) => void;
  readonly onEdit: (opener: HTMLElement) => void;
  readonly onDelete: (opener: HTMLElement) => void;
  /** Fetches the dialogs' code before the click. */
  readonly onPrepare: () => void;
}

/** Props of {@link CommitmentCard}. */
export interface CommitmentCardProps extends CommitmentActions {
  readonly commitment: Commitment;
  /** The user's calendar date, YYYY-MM-DD: what "overdue" is measured against. */
  readonly today: string;
  /** A status change of this card is being saved: its buttons wait. */
  readonly busy: boolean;
}

/**
 * One commitment: what was promised, to whom, when it is due (overdue stands out and says so),
 * the message it came from, whether it is shared in the 1:1, and what can be done with it.
 */
export function CommitmentCard(props: CommitmentCardProps) {
  const { commitment, today, busy, onPrepare } = props;
  const styles = useStyles();
  const items = useItemStyles();
  const titleId = useId('commitment-title-');
  const { status, title } = commitment;
  const overdue = status === 'open' && commitment.dueDate !== undefined && commitment.dueDate < today;
  const action = (label: string, icon: ReactElement, onClick: (opener: HTMLElement) => void) => (
    <Button
      appearance="subtle"
      size="small"
      icon={icon}
      aria-label={`${label}: ${title}`}
      disabledFocusable={busy}
      onPointerEnter={onPrepare}
      onFocus={onPrepare}
      onClick={(event) => onClick(event.currentTarget)}
    >
      {label}
    </Button>
  );

  return (
    <article className={mergeClasses(items.card, overdue && styles.overdue, status !== 'open' && styles.closed)} aria-labelledby={titleId}>
      <div className={items.meta}>
        <CommitmentDue commitment={commitment} today={today} />
        {status === 'dropped' ? <Pill tone="neutral">Dropped</Pill> : null}
        {commitment.sharedInOneOnOne ? (
          <Pill tone="brand" icon={<PeopleTeamRegular aria-hidden />}>
            Shared in 1:1
          </Pill>
        ) : null}
      </div>
      <Subtitle2 as="h4" id={titleId} className={items.title}>
        {title}
      </Subtitle2>
      {commitment.toWhom === '' ? null : (
        <Caption1 className={styles.toWhom}>
          <PersonRegular aria-hidden />
          To {commitment.toWhom}
        </Caption1>
      )}
      {/* Logged from a message, the details often repeat the title word for word. */}
      {commitment.details === '' || commitment.details === title ? null : <Body1 className={items.text}>{commitment.details}</Body1>}
      <PriorityTag priorityId={commitment.supportsPriorityId} />
      <MessageSourceLink source={commitment.source} itemTitle={title} />
      <ItemActions noun="commitment" title={title} onEdit={props.onEdit} onDelete={props.onDelete} onPrepare={onPrepare} feedbackAbout={{ kind: 'commitment', id: commitment.id }}>
        {status === 'open' ? action('Mark done', <CheckmarkRegular />, props.onMarkDone) : action('Reopen', <ArrowUndoRegular />, props.onReopen)}
        {status === 'open' ? action('Drop', <DismissCircleRegular />, props.onDrop) : null}
      </ItemActions>
    </article>
  );
}
