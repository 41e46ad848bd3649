import type { Win, WinFilter } from './wins';

// Kept apart from wins.ts, and free of zod, so the tab's first bundle can use the same rules.

/** Newest first by the date of the win, then by creation. */
export function compareWinsNewestFirst(a: Win, b: Win): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

/** Wins matching the filter (date range inclusive), newest first. */
export function filterWins(wins: readonly Win[], filter: WinFilter): Win[] {
  return wins
    .filter((win) => filter.goalId === undefined || win.goalId === filter.goalId)
    .filter((win) => filter.from === undefined || win.date >= filter.from)
    .filter((win) => filter.to === undefined || win.date <= filter.to)
    .sort(compareWinsNewestFirst);
}

/** Whether any filter is set. */
export function isFiltered(filter: WinFilter): boolean {
  return filter.goalId !== undefined || filter.from !== undefined || filter.to !== undefined;
}
