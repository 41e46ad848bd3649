import { z } from 'zod';
import { supportsPrioritySchema } from './manager/managerProfile';
import { isoDateSchema, longTextSchema, storedFieldsSchema, titleSchema } from './common';

export const GOAL_HORIZONS = ['1y', '5y', '10y', 'date'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;

/** What a user writes about a career goal. */
export const goalInputSchema = z
  .object({
    title: titleSchema,
    why: longTextSchema.default(''),
    horizon: z.enum(GOAL_HORIZONS),
    targetDate: isoDateSchema.optional(),
    status: z.enum(GOAL_STATUSES).default('active'),
    progress: z.number().int().min(0).max(100).default(0),
    /** Shown in the 1:1 chat tab, so the manager can help; off unless the owner turns it on. */
    sharedInOneOnOne: z.boolean().default(false),
    ...supportsPrioritySchema,
  })
  .strict()
  .refine((goal) => goal.horizon !== 'date' || goal.targetDate !== undefined, {
    message: 'A goal with a target date needs the date.',
    path: ['targetDate'],
  });

/** A stored career goal. */
export const goalSchema = z.object({
  ...storedFieldsSchema.shape,
  title: z.string(),
  why: z.string(),
  horizon: z.enum(GOAL_HORIZONS),
  targetDate: z.string().optional(),
  status: z.enum(GOAL_STATUSES),
  progress: z.number(),
  /** Goals stored before sharing existed have no such field: they read as private. */
  sharedInOneOnOne: z.boolean().default(false),
  /** One of my manager's priorities this supports; private to me. */
  supportsPriorityId: z.string().optional(),
});

export type GoalInput = z.infer<typeof goalInputSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];
