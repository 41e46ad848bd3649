import type { Win, WinFilter } from '../../../api/src/domain/wins';

/*
 * The same rules as the contract's compareWinsNewestFirst and filterWins
 * (api/src/domain/wins.ts), restated here because importing any value from that module
 * pulls zod into the first bundle. winList.test.ts checks both agree.
 */

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
