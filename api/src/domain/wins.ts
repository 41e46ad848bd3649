import { z } from 'zod';
import { supportsPrioritySchema } from './manager/managerProfile';
import { idSchema, isoDateSchema, longTextSchema, optionalUrlSchema, storedFieldsSchema, titleSchema } from './common';
import { messageSourceSchema } from './source';

/** What a user writes about a win. */
export const winInputSchema = z
  .object({
    title: titleSchema,
    impact: longTextSchema.default(''),
    date: isoDateSchema,
    evidenceUrl: optionalUrlSchema,
    goalId: idSchema.optional(),
    sharedInOneOnOne: z.boolean().default(false),
    ...supportsPrioritySchema,
  })
  .strict();

/** A stored win. */
export const winSchema = z.object({
  ...storedFieldsSchema.shape,
  title: z.string(),
  impact: z.string(),
  date: z.string(),
  evidenceUrl: z.string().optional(),
  goalId: z.string().optional(),
  sharedInOneOnOne: z.boolean(),
  source: messageSourceSchema.optional(),
  /** One of my manager's priorities this supports; private to me. */
  supportsPriorityId: z.string().optional(),
});

/** Filters for listing wins; all optional. */
export const winFilterSchema = z.object({
  goalId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export type WinInput = z.infer<typeof winInputSchema>;
export type Win = z.infer<typeof winSchema>;
export type WinFilter = z.infer<typeof winFilterSchema>;
