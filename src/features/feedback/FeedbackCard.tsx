import { Body1, Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import type { FeedbackEntry } from '@domain/feedback';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { MessageSourceLink } from '../../shared/ui/MessageSourceLink';
import { Pill, type PillTone } from '../../shared/ui/Pill';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { STATUS_LABELS } from './feedbackText';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  commitments: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const TONES: Readonly<Record<FeedbackEntry['status'], PillTone>> = { open: 'neutral', acting: 'brand', actedOn: 'success', setAside: 'neutral' };

/** What a card's buttons do; each gets the button pressed, so focus can return to it. */
export type FeedbackCommand = 'edit' | 'act' | 'actedOn' | 'setAside' | 'tell' | 'keepAsWin' | 'delete';

/** Props of {@link FeedbackCard}. */
export interface FeedbackCardProps {
  readonly entry: FeedbackEntry;
  readonly onCommand: (command: FeedbackCommand, opener: HTMLElement) => void;
}

/** One piece of feedback: who, when, what, about which item, its status and commitments, and what I can do next. */
export function FeedbackCard({ entry, onCommand }: FeedbackCardProps) {
  const styles = useStyles();
  const items = useItemStyles();
  const titleId = useId('feedback-title-');
  const { feedback, status } = entry;
  const resolved = feedback.resolution !== undefined;
  const button = (command: FeedbackCommand, label: string, primary = false) => (
    <Button size="small" appearance={primary ? 'primary' : 'secondary'} aria-describedby={titleId} onClick={(event) => onCommand(command, event.currentTarget)}>
      {label}
    </Button>
  );
  return (
    <article className={items.card} aria-labelledby={titleId}>
      <div className={items.meta}>
        <Caption1>
          From {feedback.giver}, <time dateTime={feedback.receivedOn}>{formatIsoDate(feedback.receivedOn)}</time>
        </Caption1>
        <Pill tone={TONES[status]}>{STATUS_LABELS[status]}</Pill>
        {feedback.praise ? <Pill tone="success">Praise</Pill> : null}
      </div>
      <Subtitle2 as="h3" id={titleId} className={mergeClasses(items.title, items.text)}>
        {feedback.text}
      </Subtitle2>
      {feedback.question === '' ? null : <Caption1>Asked: {feedback.question}</Caption1>}
      {entry.aboutTitle === undefined ? null : <Caption1>About: {entry.aboutTitle}</Caption1>}
      {entry.commitments.length === 0 ? null : (
        <ul className={styles.commitments} aria-label="Commitments made for it">
          {entry.commitments.map((commitment) => (
            <li key={commitment.id}>
              <Body1>
                {commitment.title} ({commitment.status === 'open' ? 'open' : commitment.status})
              </Body1>
            </li>
          ))}
        </ul>
      )}
      {feedback.resolution?.state === 'actedOn' ? <Body1 className={items.text}>What changed: {feedback.resolution.note}</Body1> : null}
      {feedback.resolution?.state === 'setAside' ? <Body1 className={items.text}>Set aside: {feedback.resolution.reason}</Body1> : null}
      <MessageSourceLink source={feedback.source} itemTitle={feedback.text.slice(0, 60)} />
      <div className={styles.actions}>
        {resolved ? null : button('act', 'Act on it', status === 'open')}
        {resolved ? null : button('actedOn', 'Mark acted on', status === 'acting')}
        {resolved ? null : button('setAside', 'Set aside')}
        {status === 'actedOn' ? button('tell', 'Tell them what changed', true) : null}
        {feedback.praise ? button('keepAsWin', 'Keep as a win') : null}
        {button('edit', 'Edit')}
        {button('delete', 'Delete')}
      </div>
    </article>
  );
}
