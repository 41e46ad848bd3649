import { z } from 'zod';
import { isoDateSchema, longTextSchema, storedFieldsSchema, titleSchema } from './common';
import { messageSourceSchema } from './source';

export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;

/** What a user writes about something they promised. */
export const commitmentInputSchema = z
  .object({
    title: titleSchema,
    details: longTextSchema.default(''),
    dueDate: isoDateSchema.optional(),
    toWhom: z.string().trim().max(200).default(''),
    status: z.enum(COMMITMENT_STATUSES).default('open'),
    doneOn: isoDateSchema.optional(),
    sharedInOneOnOne: z.boolean().default(false),
  })
  .strict()
  .refine((c) => c.status !== 'done' || c.doneOn !== undefined, {
    message: 'Say when it was done.',
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
});

export type CommitmentInput = z.infer<typeof commitmentInputSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
