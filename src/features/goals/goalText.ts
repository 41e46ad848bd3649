import type { Goal, GoalHorizon } from '@domain/goals';

/** A goal's status, as the contract names it. */
export type GoalStatus = Goal['status'];

/** Horizons in the order the page shows them; the Record type keeps it in step with the contract. */
export const HORIZON_LABELS: Record<GoalHorizon, string> = { '1y': '1 year', '5y': '5 years', '10y': '10 years', date: 'A target date' };

/** The heading over each horizon's goals. */
export const HORIZON_HEADINGS: Record<GoalHorizon, string> = {
  '1y': 'In 1 year',
  '5y': 'In 5 years',
  '10y': 'In 10 years',
  date: 'By a target date',
};

export const STATUS_LABELS: Record<GoalStatus, string> = { active: 'Active', achieved: 'Achieved', dropped: 'Dropped' };
