import type { z } from 'zod';
import type { Goal, GoalHorizon, goalInputSchema } from '@domain/goals';
import type { GoalStatus } from './goalText';

/** The goal form's fields as typed, before validation. */
export interface GoalDraft {
  readonly title: string;
  readonly why: string;
  readonly horizon: GoalHorizon;
  /** YYYY-MM-DD or empty; only kept for the `date` horizon. */
  readonly targetDate: string;
  readonly status: GoalStatus;
  readonly progress: number;
  readonly sharedInOneOnOne: boolean;
  /** One of my manager's priorities it supports, or empty for none. */
  readonly supportsPriorityId: string;
}

/** The fields the form shows, by their contract path. */
export const GOAL_FIELDS = ['title', 'why', 'horizon', 'targetDate', 'status', 'progress', 'sharedInOneOnOne', 'supportsPriorityId'] as const;

/** A form's starting values: the goal edited, or a fresh active 1-year goal. */
export function goalToDraft(goal: Goal | undefined): GoalDraft {
  return {
    title: goal?.title ?? '',
    why: goal?.why ?? '',
    horizon: goal?.horizon ?? '1y',
    targetDate: goal?.targetDate ?? '',
    status: goal?.status ?? 'active',
    progress: goal?.progress ?? 0,
    // Goals stored before sharing existed have no such field: private.
    sharedInOneOnOne: goal?.sharedInOneOnOne === true,
    supportsPriorityId: goal?.supportsPriorityId ?? '',
  };
}

/** The request body for a draft; a target date only goes with the `date` horizon. */
export function goalDraftToInput(draft: GoalDraft): z.input<typeof goalInputSchema> {
  return {
    title: draft.title,
    why: draft.why,
    horizon: draft.horizon,
    ...(draft.horizon === 'date' && draft.targetDate !== '' ? { targetDate: draft.targetDate } : {}),
    status: draft.status,
    progress: draft.progress,
    sharedInOneOnOne: draft.sharedInOneOnOne,
    ...(draft.supportsPriorityId === '' ? {} : { supportsPriorityId: draft.supportsPriorityId }),
  };
}
