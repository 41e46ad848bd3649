import { z } from 'zod';
import { supportsPrioritySchema } from './manager/managerProfile';
import { isoDateSchema, latestTodayAnywhere, longTextSchema, shortTextSchema, storedFieldsSchema, titleSchema } from './common';
import { messageSourceSchema } from './source';

/** What a done date that lies ahead is told. */
export const FUTURE_DONE_MESSAGE = 'Pick today or an earlier day: it cannot be done yet.';

export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;

/** What a user writes about something they promised. */
export const commitmentInputSchema = z
  .object({
    title: titleSchema,
    details: longTextSchema.default(''),
    dueDate: isoDateSchema.optional(),
    toWhom: shortTextSchema.default(''),
    status: z.enum(COMMITMENT_STATUSES).default('open'),
    doneOn: isoDateSchema.optional(),
    sharedInOneOnOne: z.boolean().default(false),
    ...supportsPrioritySchema,
  })
  .strict()
  .refine((c) => c.status !== 'done' || c.doneOn !== undefined, {
    message: 'Say when it was done.',
    path: ['doneOn'],
  })
  .refine((c) => c.status === 'done' || c.doneOn === undefined, {
    message: 'Only a commitment marked done has a done date.',
    path: ['doneOn'],
  })
  .refine((c) => c.doneOn === undefined || c.doneOn <= latestTodayAnywhere(), {
    message: FUTURE_DONE_MESSAGE,
    path: ['doneOn'],
  });

/** A stored commitment. */
export const commitmentSchema = z.object({
  ...storedFieldsSchema.shape,
  title: z.string(),
  details: z.string(),
  dueDate: z.string().optional(),
  toWhom: z.string(),
  status: z.enum(COMMITMENT_STATUSES),
  doneOn: z.string().optional(),
  sharedInOneOnOne: z.boolean(),
  source: messageSourceSchema.optional(),
  /** One of my manager's priorities this supports; private to me. */
  supportsPriorityId: z.string().optional(),
  /** The feedback this commitment acts on; set by the server when it is made from feedback. */
  fromFeedbackId: z.string().optional(),
});

export type CommitmentInput = z.infer<typeof commitmentInputSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
