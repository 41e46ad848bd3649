import type { Goal, GoalHorizon } from '@domain/goals';
import { HORIZON_HEADINGS, type GoalStatus } from './goalText';

/** Goals of one horizon, as the page lists them. */
export interface HorizonGroup {
  readonly horizon: GoalHorizon;
  readonly goals: readonly Goal[];
}

const STATUS_RANK: Record<GoalStatus, number> = { active: 0, achieved: 1, dropped: 2 };
const HORIZONS = Object.keys(HORIZON_HEADINGS) as GoalHorizon[];

function compareGoals(a: Goal, b: Goal): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    (a.targetDate ?? '').localeCompare(b.targetDate ?? '') ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

/**
 * Goals grouped by horizon (1, 5, 10 years, then dated ones); within a group, what is
 * still active comes first, then the nearest target date, then the oldest. Empty groups are left out.
 */
export function groupGoalsByHorizon(goals: readonly Goal[]): HorizonGroup[] {
  return HORIZONS.map((horizon) => ({ horizon, goals: goals.filter((goal) => goal.horizon === horizon).sort(compareGoals) })).filter(
    (group) => group.goals.length > 0,
  );
}
