import { Title2 } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Commitment } from '@domain/commitments';
import type { Goal } from '@domain/goals';
import type { Overview } from '@domain/overview';
import type { Win, WinFilter } from '@domain/wins';
import { CommitmentsSection } from '../features/commitments/CommitmentsSection';
import { GoalsSection } from '../features/goals/GoalsSection';
import { WinsSection } from '../features/wins/WinsSection';
import { compareWinsNewestFirst, filterWins } from '@domain/winList';
import { useApi } from '../shared/api/ApiContext';
import { removeItem, upsertItem, type SaveKind } from '../shared/api/itemList';
import { useResource } from '../shared/api/useResource';
import { ErrorNotice } from '../shared/ui/ErrorNotice';
import { ListSkeleton } from '../shared/ui/ListSkeleton';
import { StatusToast, useStatusMessage } from '../shared/ui/StatusToast';
import { todayIsoDate } from '../shared/ui/localDate';
import { usePageStyles } from '../shared/ui/usePageStyles';
import { lazyWithPreload } from '../shared/ui/lazyWithPreload';
import { LoadBoundary } from '../shared/ui/LoadBoundary';
import { useUndoableDelete } from '../shared/ui/useUndoableDelete';
import { PrioritiesProvider, priorityChoices } from '../shared/ui/priorities';
import { useLinkStyles } from '../shared/ui/useLinkStyles';
import { personalSectionOrder, USUAL_ORDER, type PersonalSection } from './sectionOrder';

// Most people have nothing asked of their manager yet: its cards (and their checkbox) load only when there is.
const askedOfManager = lazyWithPreload(() => import('../features/commitments/AskedOfManager'), (module) => module.AskedOfManager);

const SAVED_VERB: Record<SaveKind, string> = { created: 'added', updated: 'saved' };

/**
 * The personal tab: my career goals, my wins and my commitments, loaded in one call (one
 * partition query). The page owns the data and composes the feature sections, which never
 * import each other: each gets what it needs from the others as props (the wins get the
 * goals, the goals get the wins).
 */
export function PersonalPage() {
  const styles = usePageStyles();
  const linkStyles = useLinkStyles();
  const api = useApi();
  const { state, reload, mutate } = useResource(() => api.get<Overview>('/me/overview'));
  const [winFilter, setWinFilter] = useState<WinFilter>({});
  const { status, announce } = useStatusMessage();
  const winsHeading = useRef<HTMLHeadingElement>(null);
  const data = state.data;
  // Decided once, from what was due when the tab opened: sections that moved while someone
  // works in them would take their focus and place away.
  const [order, setOrder] = useState<readonly PersonalSection[]>();
  if (order === undefined && data !== undefined) setOrder(personalSectionOrder(data.commitments, todayIsoDate()));

  const priorities = useMemo(() => priorityChoices(data?.managers ?? [], data?.priorities ?? []), [data?.managers, data?.priorities]);

  const putGoal = useCallback((goal: Goal) => mutate((overview) => ({ ...overview, goals: upsertItem(overview.goals, goal) })), [mutate]);
  const putWin = useCallback(
    (win: Win) => mutate((overview) => ({ ...overview, wins: upsertItem(overview.wins, win).sort(compareWinsNewestFirst) })),
    [mutate],
  );

  const putCommitment = useCallback(
    (commitment: Commitment) => mutate((overview) => ({ ...overview, commitments: upsertItem(overview.commitments, commitment) })),
    [mutate],
  );

  const stale = () => void reload();
  const deleteGoal = useUndoableDelete<Goal>({
    collection: '/me/goals',
    noun: 'goal',
    onRemove: (goal) => mutate((overview) => ({ ...overview, goals: removeItem(overview.goals, goal.id) })),
    onRestore: putGoal,
    onStale: stale,
    announce,
  });
  const deleteWin = useUndoableDelete<Win>({
    collection: '/me/wins',
    noun: 'win',
    onRemove: (win) => mutate((overview) => ({ ...overview, wins: removeItem(overview.wins, win.id) })),
    onRestore: putWin,
    onStale: stale,
    announce,
  });

  const showWinsFor = (goalId: string) => {
    setWinFilter({ goalId });
    winsHeading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    winsHeading.current?.focus({ preventScroll: true });
  };

  // Built once the overview is in: the page shows one placeholder until then, so no section
  // appears in one place and jumps to another when the order is known.
  const sections: Record<PersonalSection, ReactNode> | undefined = data && {
    goals: (
      <GoalsSection
        key="goals"
        goals={data.goals}
        wins={data.wins}
        onSaved={(goal, kind) => {
          putGoal(goal);
          announce(`Goal ${SAVED_VERB[kind]}: ${goal.title}`);
        }}
        onConflict={putGoal}
        onDeleted={(goal) => {
          deleteGoal(goal, `Goal deleted: ${goal.title}`);
          if (winFilter.goalId === goal.id) setWinFilter({ ...winFilter, goalId: undefined });
        }}
        onShowWins={showWinsFor}
        goalHelp={data.goalHelp}
      />
    ),
    wins: (
      <WinsSection
        key="wins"
        wins={data.wins}
        goals={data.goals}
        filter={winFilter}
        onFilterChange={setWinFilter}
        headingRef={winsHeading}
        onSaved={(win, kind) => {
          putWin(win);
          // A new win the filters would hide looks lost: show everything instead.
          if (kind === 'created' && filterWins([win], winFilter).length === 0) setWinFilter({});
          announce(`Win ${SAVED_VERB[kind]}: ${win.title}`);
        }}
        onConflict={putWin}
        onDeleted={(win) => deleteWin(win, `Win deleted: ${win.title}`)}
      />
    ),
    commitments: (
      <CommitmentsSection
        key="commitments"
        commitments={data.commitments}
        onSaved={putCommitment}
        onRemoved={(commitment) => mutate((overview) => ({ ...overview, commitments: removeItem(overview.commitments, commitment.id) }))}
        onStale={() => void reload()}
        announce={announce}
      >
        {data.askedOfManager.length === 0 ? null : (
          <LoadBoundary>
            <askedOfManager.Component
              actions={data.askedOfManager}
              onChange={(action) => mutate((overview) => ({ ...overview, askedOfManager: upsertItem(overview.askedOfManager, action) }))}
              announce={announce}
            />
          </LoadBoundary>
        )}
      </CommitmentsSection>
    ),
  };

  return (
    <main className={styles.page}>
      <Title2 as="h1" className={styles.title}>
        My goals, wins and commitments
      </Title2>
      <nav aria-label="More of Upward" className={styles.more}>
        <a href="#/manager" className={linkStyles.link}>
          My manager: their priorities and how they work
        </a>
        <a href="#/feedback" className={linkStyles.link}>
          Feedback
        </a>
        <a href="#/updates" className={linkStyles.link}>
          Progress update
        </a>
        <a href="#/review" className={linkStyles.link}>
          Review pack
        </a>
        <a href="#/nudges" className={linkStyles.link}>
          Nudges
        </a>
        <a href="#/data" className={linkStyles.link}>
          My data
        </a>
      </nav>
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      <PrioritiesProvider value={priorities}>
        {sections !== undefined ? (
          <div className={styles.columns}>{(order ?? USUAL_ORDER).map((name) => sections[name])}</div>
        ) : state.status === 'error' ? null : (
          <ListSkeleton rows={4} label="Loading your goals, wins and commitments" />
        )}
      </PrioritiesProvider>
      <StatusToast status={status} />
    </main>
  );
}
