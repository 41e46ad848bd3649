import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, PersonFeedbackRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { askFeedbackHref, type FeedbackAbout } from '../feedbackAsk';

const useStyles = makeStyles({
  // Pulled back by the subtle buttons' own padding, so their text lines up with the card's.
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** Props of {@link ItemActions}; the handlers get the button pressed, so focus can return to it. */
export interface ItemActionsProps {
  /** What the item is ("goal", "win"), for the buttons' accessible names. */
  readonly noun: string;
  readonly title: string;
  readonly onEdit: (opener: HTMLElement) => void;
  readonly onDelete: (opener: HTMLElement) => void;
  /** Fetches the dialogs' code before the click. */
  readonly onPrepare: () => void;
  /** Actions of this kind of item, shown before Edit and Delete. */
  readonly children?: ReactNode;
  /** Offers "Ask for feedback" on this item (my goals, wins and commitments). */
  readonly feedbackAbout?: FeedbackAbout;
}

/** The row of actions under an item card: its own, then Edit and Delete, each named after the item for screen readers. */
export function ItemActions({ noun, title, onEdit, onDelete, onPrepare, children, feedbackAbout }: ItemActionsProps) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      {children}
      {feedbackAbout === undefined ? null : (
        <Button as="a" href={askFeedbackHref(feedbackAbout)} appearance="subtle" size="small" icon={<PersonFeedbackRegular />} aria-label={`Ask for feedback on ${noun}: ${title}`}>
          Ask for feedback
        </Button>
      )}
      <Button
        appearance="subtle"
        size="small"
        icon={<EditRegular />}
        aria-label={`Edit ${noun}: ${title}`}
        onPointerEnter={onPrepare}
        onFocus={onPrepare}
        onClick={(event) => onEdit(event.currentTarget)}
      >
        Edit
      </Button>
      <Button
        appearance="subtle"
        size="small"
        icon={<DeleteRegular />}
        aria-label={`Delete ${noun}: ${title}`}
        onPointerEnter={onPrepare}
        onFocus={onPrepare}
        onClick={(event) => onDelete(event.currentTarget)}
      >
        Delete
      </Button>
    </div>
  );
}
