import type { SharedGoal } from '@domain/oneOnOneShared';

/** How the chat names a shared goal's horizon: "In 1 year", or its target date. */
export function horizonText(goal: Pick<SharedGoal, 'horizon' | 'targetDate'>, formatDate: (date: string) => string): string {
  if (goal.horizon === 'date') return goal.targetDate === undefined ? 'By a target date' : `By ${formatDate(goal.targetDate)}`;
  return { '1y': 'In 1 year', '5y': 'In 5 years', '10y': 'In 10 years' }[goal.horizon];
}
