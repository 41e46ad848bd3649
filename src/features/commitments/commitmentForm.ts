import type { z } from 'zod';
import type { Commitment, CommitmentStatus, commitmentInputSchema } from '@domain/commitments';

/** The commitment form's fields as typed, before validation. */
export interface CommitmentDraft {
  readonly title: string;
  readonly details: string;
  /** YYYY-MM-DD, or empty for no due date. */
  readonly dueDate: string;
  readonly toWhom: string;
  readonly sharedInOneOnOne: boolean;
  /** Kept as it is: the form edits what was promised, the list's actions change the status. */
  readonly status: CommitmentStatus;
  /** YYYY-MM-DD, or empty; only sent for a done commitment. */
  readonly doneOn: string;
  /** One of my manager's priorities it supports, or empty for none. */
  readonly supportsPriorityId: string;
}

/** The request body of a commitment write. */
export type CommitmentBody = z.input<typeof commitmentInputSchema>;

/** The fields the forms show, by their contract path. */
export const COMMITMENT_FIELDS = ['title', 'details', 'dueDate', 'toWhom', 'doneOn', 'sharedInOneOnOne', 'supportsPriorityId'] as const;

/** A form's starting values: the commitment edited, or a fresh open one without a due date. */
export function commitmentToDraft(commitment: Commitment | undefined): CommitmentDraft {
  return {
    title: commitment?.title ?? '',
    details: commitment?.details ?? '',
    dueDate: commitment?.dueDate ?? '',
    toWhom: commitment?.toWhom ?? '',
    sharedInOneOnOne: commitment?.sharedInOneOnOne ?? false,
    status: commitment?.status ?? 'open',
    doneOn: commitment?.doneOn ?? '',
    supportsPriorityId: commitment?.supportsPriorityId ?? '',
  };
}

/** The request body for a draft: no empty due date, and a done date only on a done commitment. */
export function commitmentDraftToInput(draft: CommitmentDraft): CommitmentBody {
  return {
    title: draft.title,
    details: draft.details,
    ...(draft.dueDate === '' ? {} : { dueDate: draft.dueDate }),
    toWhom: draft.toWhom,
    status: draft.status,
    ...(draft.status === 'done' && draft.doneOn !== '' ? { doneOn: draft.doneOn } : {}),
    sharedInOneOnOne: draft.sharedInOneOnOne,
    ...(draft.supportsPriorityId === '' ? {} : { supportsPriorityId: draft.supportsPriorityId }),
  };
}

/**
 * The body that moves a stored commitment to `status` and keeps everything else (a PUT
 * replaces the whole item). Reopening or dropping clears the done date.
 */
export function withStatus(commitment: Commitment, status: CommitmentStatus, doneOn?: string): CommitmentBody {
  return commitmentDraftToInput({ ...commitmentToDraft(commitment), status, doneOn: status === 'done' ? (doneOn ?? '') : '' });
}
