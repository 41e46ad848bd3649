import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import type { GoalHelp } from '@domain/goalHelp';
import type { Goal } from '@domain/goals';
import type { Win } from '@domain/wins';
import type { SaveKind } from '../../shared/api/itemList';
import { EmptyState } from '../../shared/ui/EmptyState';
import { lazyWithPreload } from '../../shared/ui/lazyWithPreload';
import { LoadBoundary } from '../../shared/ui/LoadBoundary';
import { AddButton } from '../../shared/ui/AddButton';
import { Section } from '../../shared/ui/Section';
import { useDialogSlot } from '../../shared/ui/useDialogSlot';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { GoalCard } from './GoalCard';
import { groupGoalsByHorizon } from './goalOrder';
import { HORIZON_HEADINGS } from './goalText';

// Forms, validation (zod) and dialogs load on demand: the first screen only reads.
const goalDialog = lazyWithPreload(() => import('./GoalDialog'), (module) => module.GoalDialog);
const deleteGoalDialog = lazyWithPreload(() => import('./DeleteGoalDialog'), (module) => module.DeleteGoalDialog);
const prepareDialogs = () => {
  goalDialog.preload();
  deleteGoalDialog.preload();
};

type OpenDialog = { readonly kind: 'create' } | { readonly kind: 'edit' | 'delete'; readonly goal: Goal };

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groupHeading: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link GoalsSection}; the page owns the data and applies each change. */
export interface GoalsSectionProps {
  readonly goals: readonly Goal[];
  /** All wins, newest first: each goal shows the ones that advanced it. */
  readonly wins: readonly Win[];
  readonly onSaved: (goal: Goal, kind: SaveKind) => void;
  /** A save or delete met a newer version; the page shows it in place of the old one. */
  readonly onConflict: (current: Goal) => void;
  readonly onDeleted: (goal: Goal) => void;
  /** Show this goal's wins in the wins list. */
  readonly onShowWins: (goalId: string) => void;
  /** Answers to "How I can help" from the 1:1, one per goal. */
  readonly goalHelp?: readonly GoalHelp[];
}

/** Career goals on their horizons, with add, edit and delete. */
export function GoalsSection({ goals, wins, onSaved, onConflict, onDeleted, onShowWins, goalHelp = [] }: GoalsSectionProps) {
  const styles = useStyles();
  const items = useItemStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const { open, show, close } = useDialogSlot<OpenDialog>(heading);
  const groups = useMemo(() => groupGoalsByHorizon(goals), [goals]);

  return (
    <Section
      id="goals-heading"
      title="Career goals"
      headingRef={heading}
      action={<AddButton label="Add goal" onPrepare={goalDialog.preload} onAdd={(opener) => show({ kind: 'create' }, opener)} />}
    >
      {goals.length === 0 ? (
        <EmptyState title="Where do you want to be?">
          Name a goal for 1, 5 or 10 years out, or for a date, and say why it matters to you. For example: “Lead a product team within 5
          years, because I enjoy growing people more than shipping alone.” Your manager can only back the goals they know about.
        </EmptyState>
      ) : (
        groups.map((group) => (
          <div key={group.horizon} className={styles.group}>
            <Subtitle2 as="h3" className={styles.groupHeading}>
              {HORIZON_HEADINGS[group.horizon]}
            </Subtitle2>
            <ul className={items.list}>
              {group.goals.map((goal) => (
                <li key={goal.id}>
                  <GoalCard
                    goal={goal}
                    wins={wins.filter((win) => win.goalId === goal.id)}
                    help={goalHelp.find((answer) => answer.goalId === goal.id)}
                    onEdit={(opener) => show({ kind: 'edit', goal }, opener)}
                    onDelete={(opener) => show({ kind: 'delete', goal }, opener)}
                    onShowWins={() => onShowWins(goal.id)}
                    onPrepare={prepareDialogs}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <LoadBoundary onCancel={close}>
        {open?.kind === 'create' || open?.kind === 'edit' ? (
          <goalDialog.Component
            goal={open.kind === 'edit' ? open.goal : undefined}
            onSaved={(goal, kind) => {
              onSaved(goal, kind);
              close();
            }}
            onConflict={onConflict}
            onClose={close}
          />
        ) : null}
        {open?.kind === 'delete' ? (
          <deleteGoalDialog.Component
            goal={open.goal}
            linkedWins={wins.filter((win) => win.goalId === open.goal.id).length}
            onDeleted={(goal) => {
              onDeleted(goal);
              close();
            }}
            onClose={close}
          />
        ) : null}
      </LoadBoundary>
    </Section>
  );
}
