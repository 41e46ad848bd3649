import { Body1, Caption1, ProgressBar, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { GoalHelp } from '@domain/goalHelp';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import type { SharedGoal } from '@domain/oneOnOneShared';
import { EmptyState } from '../../shared/ui/EmptyState';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { Section } from '../../shared/ui/Section';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { GoalHelpForm } from './GoalHelpForm';
import { horizonText } from './goalHorizons';
import { personLabel, sentenceStart } from './people';

const useStyles = makeStyles({
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
  wins: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  help: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

function SharedGoalCard({ chatId, goal, me, onHelp }: { chatId: string; goal: SharedGoal; me: string; onHelp: (goal: SharedGoal, help: GoalHelp) => void }) {
  const items = useItemStyles();
  const styles = useStyles();
  const titleId = useId('shared-goal-');
  const mine = goal.ownerObjectId === me;
  return (
    <article className={items.card} aria-labelledby={titleId}>
      <Caption1 className={items.meta}>
        <span>{horizonText(goal, formatIsoDate)}</span>
        <span>{`${sentenceStart(personLabel({ objectId: goal.ownerObjectId, name: goal.ownerName }, me))}`}</span>
        {goal.status === 'achieved' ? <span>Achieved</span> : null}
      </Caption1>
      <Subtitle2 as="h3" id={titleId} className={items.title}>
        {goal.title}
      </Subtitle2>
      <div className={styles.progress}>
        <ProgressBar className={styles.bar} value={goal.progress / 100} thickness="large" aria-label={`Progress on ${goal.title}`} />
        <Caption1>{goal.progress}%</Caption1>
      </div>
      {goal.wins.length === 0 ? null : (
        <>
          <Caption1>Wins that advanced it</Caption1>
          <ul className={styles.wins} aria-label={`Wins that advanced ${goal.title}`}>
            {goal.wins.map((win) => (
              <li key={win.id}>
                <Body1>
                  {win.title} (<time dateTime={win.date}>{formatIsoDate(win.date)}</time>)
                </Body1>
              </li>
            ))}
          </ul>
        </>
      )}
      {mine ? (
        goal.help === undefined ? (
          <Caption1 className={items.meta}>No answer yet to “How I can help”.</Caption1>
        ) : (
          <div className={styles.help} role="group" aria-label={`How ${personLabel(goal.help.author, me)} can help`}>
            <Caption1>{`How ${personLabel(goal.help.author, me)} can help`}</Caption1>
            <Body1 className={items.text}>{goal.help.text}</Body1>
          </div>
        )
      ) : (
        <GoalHelpForm key={goal.help?.etag ?? 'new'} chatId={chatId} goal={goal} onSaved={(help) => onHelp(goal, help)} />
      )}
    </article>
  );
}

/**
 * Career goals members shared, nearest horizon first, with their progress and the shared wins
 * that advanced them. The other person answers "How I can help" on each.
 */
export function SharedGoalsSection({ chatId, space, onHelp }: { chatId: string; space: OneOnOneSpace | undefined; onHelp: (goal: SharedGoal, help: GoalHelp) => void }) {
  const items = useItemStyles();
  return (
    <Section id="goals-heading" title="Career goals">
      {space === undefined ? (
        <ListSkeleton rows={2} label="Loading shared goals" />
      ) : !space.sharedItemsAvailable ? null : space.sharedGoals.length === 0 ? (
        <EmptyState title="No shared goals yet">
          Goals appear here when their owner turns on “Share in my 1:1” for them in their own Upward tab. Say where you want to be in 1, 5 or 10
          years, and ask how your manager can help you get there.
        </EmptyState>
      ) : (
        <ul className={items.list}>
          {space.sharedGoals.map((goal) => (
            <li key={`${goal.ownerObjectId}/${goal.id}`}>
              <SharedGoalCard chatId={chatId} goal={goal} me={space.me} onHelp={onHelp} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
