import { z } from 'zod';
import type { CommitmentSummary } from './commitmentRules';
import { isoDateSchema } from './common';

const count = z.number().int().min(0);

/** `GET /me/commitments/summary`: the follow-through figure and how many commitments are in each list. */
export const commitmentSummarySchema: z.ZodType<CommitmentSummary> = z.object({
  /** The date the summary was computed for. */
  today: z.string(),
  followThrough: z.object({
    /** First due date counted (today − 89 days). */
    from: z.string(),
    /** Last due date counted (today). */
    to: z.string(),
    due: count,
    doneOnTime: count,
    /** doneOnTime / due, between 0 and 1; null when nothing was due. */
    rate: z.number().min(0).max(1).nullable(),
  }),
  counts: z.object({
    /** Every commitment still open, including the due-soon and overdue ones. */
    open: count,
    /** Open and due from today through today + 7 days. */
    dueSoon: count,
    /** Open and due before today. */
    overdue: count,
    done: count,
    dropped: count,
  }),
});

/** Query of `GET /me/commitments/summary`: the caller's own calendar date, which only the tab knows. */
export const commitmentSummaryQuerySchema = z.object({ today: isoDateSchema.optional() }).strict();


