import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type RefObject } from 'react';
import type { Goal } from '@domain/goals';
import type { Win, WinFilter } from '@domain/wins';
import type { SaveKind } from '../../shared/api/itemList';
import { EmptyState } from '../../shared/ui/EmptyState';
import { lazyWithPreload } from '../../shared/ui/lazyWithPreload';
import { LoadBoundary } from '../../shared/ui/LoadBoundary';
import { AddButton } from '../../shared/ui/AddButton';
import { Section } from '../../shared/ui/Section';
import { useDialogSlot } from '../../shared/ui/useDialogSlot';
import { SHOW_MORE_STEP, useShowMore } from '../../shared/ui/useShowMore';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { WinCard } from './WinCard';
import { WinFilters } from './WinFilters';
import { filterWins, isFiltered } from '@domain/winList';

// Forms, validation (zod) and dialogs load on demand: the first screen only reads.
const winDialog = lazyWithPreload(() => import('./WinDialog'), (module) => module.WinDialog);
const deleteWinDialog = lazyWithPreload(() => import('./DeleteWinDialog'), (module) => module.DeleteWinDialog);
const prepareDialogs = () => {
  winDialog.preload();
  deleteWinDialog.preload();
};

type OpenDialog = { readonly kind: 'create' } | { readonly kind: 'edit' | 'delete'; readonly win: Win };

const useStyles = makeStyles({
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  count: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'center' },
});

/** Props of {@link WinsSection}; the page owns the data, the filter, and applies each change. */
export interface WinsSectionProps {
  /** Newest first. */
  readonly wins: readonly Win[];
  /** For the goal filter, the form's goal picker and each win's goal title. */
  readonly goals: readonly Goal[];
  readonly filter: WinFilter;
  readonly onFilterChange: (filter: WinFilter) => void;
  /** The section's heading, so the page can bring the list into view (e.g. from a goal's "Show wins"). */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onSaved: (win: Win, kind: SaveKind) => void;
  /** A save or delete met a newer version; the page shows it in place of the old one. */
  readonly onConflict: (current: Win) => void;
  readonly onDeleted: (win: Win) => void;
}

/** The running record of wins, newest first, filterable by goal and date, with add, edit and delete. */
export function WinsSection({ wins, goals, filter, onFilterChange, headingRef, onSaved, onConflict, onDeleted }: WinsSectionProps) {
  const styles = useStyles();
  const items = useItemStyles();
  const { open, show, close } = useDialogSlot<OpenDialog>(headingRef);
  const shown = useMemo(() => filterWins(wins, filter), [wins, filter]);
  const page = useShowMore(shown, filter);
  const goalTitles = useMemo(() => new Map(goals.map((goal) => [goal.id, goal.title])), [goals]);
  const filtered = isFiltered(filter);
  const total = wins.length;

  return (
    <Section
      id="wins-heading"
      title="Wins"
      headingRef={headingRef}
      action={<AddButton label="Add win" onPrepare={winDialog.preload} onAdd={(opener) => show({ kind: 'create' }, opener)} />}
    >
      {total === 0 ? (
        <EmptyState title="Keep a record of your wins">
          Write down what you did while you still remember the details. A good win names the impact: who benefited, and by how much. For
          example: “Cut the release checklist from two days to three hours; the team now ships every Friday.” It is the record your next
          review and your 1:1s draw on.
        </EmptyState>
      ) : (
        <>
          <div className={styles.filters}>
            <WinFilters goals={goals} filter={filter} onChange={onFilterChange} />
            {/* Always present, so screen readers announce the count when a filter changes it. */}
            <Caption1 role="status" className={styles.count}>
              {filtered ? `Showing ${shown.length} of ${total} ${total === 1 ? 'win' : 'wins'}` : ''}
            </Caption1>
          </div>
          {shown.length === 0 ? (
            <EmptyState title="No wins match these filters">Pick another goal or widen the dates, or clear the filters to see every win.</EmptyState>
          ) : (
            <>
              <ul className={items.list}>
                {page.visible.map((win) => (
                  <li key={win.id}>
                    <WinCard
                      win={win}
                      goalTitle={win.goalId === undefined ? undefined : goalTitles.get(win.goalId)}
                      onEdit={(opener) => show({ kind: 'edit', win }, opener)}
                      onDelete={(opener) => show({ kind: 'delete', win }, opener)}
                      onPrepare={prepareDialogs}
                    />
                  </li>
                ))}
              </ul>
              {page.hidden === 0 ? null : (
                <Button className={styles.more} onClick={page.showMore}>
                  Show {Math.min(SHOW_MORE_STEP, page.hidden)} more ({page.hidden} not shown)
                </Button>
              )}
            </>
          )}
        </>
      )}
      <LoadBoundary onCancel={close}>
        {open?.kind === 'create' || open?.kind === 'edit' ? (
          <winDialog.Component
            win={open.kind === 'edit' ? open.win : undefined}
            goals={goals}
            onSaved={(win, kind) => {
              onSaved(win, kind);
              close();
            }}
            onConflict={onConflict}
            onClose={close}
          />
        ) : null}
        {open?.kind === 'delete' ? (
          <deleteWinDialog.Component
            win={open.win}
            onDeleted={(win) => {
              onDeleted(win);
              close();
            }}
            onClose={close}
          />
        ) : null}
      </LoadBoundary>
    </Section>
  );
}
