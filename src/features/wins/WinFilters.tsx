import { Button, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { FilterDismissRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { Goal } from '@domain/goals';
import type { WinFilter } from '@domain/wins';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { useNativeControlStyles } from '../../shared/ui/useNativeControlStyles';
import { isFiltered } from '@domain/winList';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  goal: { flex: '2 1 12rem' },
  date: { flex: '1 1 9rem' },
});

/** The filter with `key` set to `value`, or unset when `value` is empty. */
function withValue(filter: WinFilter, key: keyof WinFilter, value: string): WinFilter {
  return { ...filter, [key]: value === '' ? undefined : value };
}

/** Narrows the wins list to one goal and/or a date range (inclusive). Native controls: see useNativeControlStyles. */
export function WinFilters({ goals, filter, onChange }: { goals: readonly Goal[]; filter: WinFilter; onChange: (filter: WinFilter) => void }) {
  const styles = useStyles();
  const native = useNativeControlStyles();
  const dateInput = useDateInputStyles().input;
  const id = useId('win-filter-');
  const goalSelect = useRef<HTMLSelectElement>(null);
  const reversed = filter.from !== undefined && filter.to !== undefined && filter.from > filter.to;
  return (
    <div role="group" aria-label="Filter wins" className={styles.root}>
      <div className={mergeClasses(native.field, styles.goal)}>
        <label className={native.label} htmlFor={`${id}goal`}>
          Goal
        </label>
        <select
          id={`${id}goal`}
          ref={goalSelect}
          className={native.control}
          value={filter.goalId ?? ''}
          onChange={(event) => onChange(withValue(filter, 'goalId', event.target.value))}
        >
          <option value="">All goals</option>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
        </select>
      </div>
      <div className={mergeClasses(native.field, styles.date)}>
        <label className={native.label} htmlFor={`${id}from`}>
          From
        </label>
        <input
          id={`${id}from`}
          type="date"
          className={mergeClasses(native.control, dateInput)}
          value={filter.from ?? ''}
          onChange={(event) => onChange(withValue(filter, 'from', event.target.value))}
        />
      </div>
      <div className={mergeClasses(native.field, styles.date)}>
        <label className={native.label} htmlFor={`${id}to`}>
          To
        </label>
        <input
          id={`${id}to`}
          type="date"
          className={mergeClasses(native.control, dateInput)}
          value={filter.to ?? ''}
          aria-describedby={reversed ? `${id}reversed` : undefined}
          onChange={(event) => onChange(withValue(filter, 'to', event.target.value))}
        />
      </div>
      {isFiltered(filter) ? (
        <Button
          appearance="subtle"
          icon={<FilterDismissRegular />}
          onClick={() => {
            onChange({});
            // The button goes away with the filters; keep focus in the filter group.
            goalSelect.current?.focus();
          }}
        >
          Clear filters
        </Button>
      ) : null}
      {reversed ? (
        <span id={`${id}reversed`} className={native.hint} role="status">
          “To” is before “From”, so no win can match. Pick a later “To” date.
        </span>
      ) : null}
    </div>
  );
}
