import type { z } from 'zod';
import type { Goal } from '@domain/goals';
import type { Win, winInputSchema } from '@domain/wins';
import { todayIsoDate } from '../../shared/ui/localDate';

/** The win form's fields as typed, before validation. */
export interface WinDraft {
  readonly title: string;
  readonly impact: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** A link, or empty for none. */
  readonly evidenceUrl: string;
  /** A goal id, or empty for none. */
  readonly goalId: string;
  readonly sharedInOneOnOne: boolean;
  /** One of my manager's priorities it supports, or empty for none. */
  readonly supportsPriorityId: string;
}

/** The fields the form shows, by their contract path. */
export const WIN_FIELDS = ['title', 'impact', 'date', 'evidenceUrl', 'goalId', 'sharedInOneOnOne', 'supportsPriorityId'] as const;

/**
 * A form's starting values: the win edited, or a fresh one dated today. A link to a goal
 * that no longer exists is dropped, since saving it would be refused.
 */
export function winToDraft(win: Win | undefined, goals: readonly Goal[]): WinDraft {
  const goalId = win?.goalId;
  return {
    title: win?.title ?? '',
    impact: win?.impact ?? '',
    date: win?.date ?? todayIsoDate(),
    evidenceUrl: win?.evidenceUrl ?? '',
    goalId: goalId !== undefined && goals.some((goal) => goal.id === goalId) ? goalId : '',
    sharedInOneOnOne: win?.sharedInOneOnOne ?? false,
    supportsPriorityId: win?.supportsPriorityId ?? '',
  };
}

/** The request body for a draft; an empty link or goal is left out. */
export function winDraftToInput(draft: WinDraft): z.input<typeof winInputSchema> {
  const evidenceUrl = draft.evidenceUrl.trim();
  return {
    title: draft.title,
    impact: draft.impact,
    date: draft.date,
    ...(evidenceUrl === '' ? {} : { evidenceUrl }),
    ...(draft.goalId === '' ? {} : { goalId: draft.goalId }),
    sharedInOneOnOne: draft.sharedInOneOnOne,
    ...(draft.supportsPriorityId === '' ? {} : { supportsPriorityId: draft.supportsPriorityId }),
  };
}
