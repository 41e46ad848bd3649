import { Body1, Caption1, ProgressBar, Subtitle2, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import type { Goal } from '@domain/goals';
import type { Win } from '@domain/wins';
import type { GoalHelp } from '@domain/goalHelp';
import { ItemActions } from '../../shared/ui/ItemActions';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { Pill, type PillTone } from '../../shared/ui/Pill';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { GoalHelpNote } from './GoalHelpNote';
import { GoalWins } from './GoalWins';
import { STATUS_LABELS, type GoalStatus } from './goalText';
import { PriorityTag } from '../../shared/ui/PriorityTag';

const STATUS_TONES: Record<GoalStatus, PillTone> = { active: 'brand', achieved: 'success', dropped: 'neutral' };

const useStyles = makeStyles({
  dropped: { backgroundColor: tokens.colorNeutralBackground3 },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** Props of {@link GoalCard}; the handlers get the button pressed, so focus can return to it. */
export interface GoalCardProps {
  readonly goal: Goal;
  /** The wins that name this goal, newest first. */
  readonly wins: readonly Win[];
  /** The manager's answer to "How I can help", from the 1:1. */
  readonly help?: GoalHelp | undefined;
  readonly onEdit: (opener: HTMLElement) => void;
  readonly onDelete: (opener: HTMLElement) => void;
  readonly onShowWins: () => void;
  /** Fetches the dialogs' code before the click. */
  readonly onPrepare: () => void;
}

/** One career goal: what, why, status, progress and the wins that advanced it. */
export function GoalCard({ goal, wins, help, onEdit, onDelete, onShowWins, onPrepare }: GoalCardProps) {
  const styles = useStyles();
  const items = useItemStyles();
  const titleId = useId('goal-title-');
  return (
    <article className={mergeClasses(items.card, goal.status === 'dropped' && styles.dropped)} aria-labelledby={titleId}>
      <div className={styles.top}>
        <Subtitle2 as="h4" id={titleId} className={items.title}>
          {goal.title}
        </Subtitle2>
        <Pill tone={STATUS_TONES[goal.status]}>{STATUS_LABELS[goal.status]}</Pill>
      </div>
      {goal.sharedInOneOnOne === true ? <Caption1 className={styles.muted}>Shared in your 1:1</Caption1> : null}
      {goal.horizon === 'date' && goal.targetDate !== undefined ? (
        <Caption1>
          Target date: <time dateTime={goal.targetDate}>{formatIsoDate(goal.targetDate)}</time>
        </Caption1>
      ) : null}
      {goal.why === '' ? (
        <Caption1 className={styles.muted}>Add why this matters to you: it is what your manager needs to hear to help.</Caption1>
      ) : (
        <Body1 className={items.text}>{goal.why}</Body1>
      )}
      <div className={styles.progress}>
        <ProgressBar
          className={styles.bar}
          value={goal.progress / 100}
          thickness="large"
          color={goal.status === 'achieved' ? 'success' : 'brand'}
          aria-label={`Progress on ${goal.title}`}
        />
        <Caption1>{goal.progress}%</Caption1>
      </div>
      <PriorityTag priorityId={goal.supportsPriorityId} />
      <GoalHelpNote help={help} />
      <GoalWins goalTitle={goal.title} wins={wins} onShowWins={onShowWins} />
      <ItemActions noun="goal" title={goal.title} onEdit={onEdit} onDelete={onDelete} onPrepare={onPrepare} feedbackAbout={{ kind: 'goal', id: goal.id }} />
    </article>
  );
}
