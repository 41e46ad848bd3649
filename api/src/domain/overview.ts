import { z } from 'zod';
import { goalSchema } from './goals';
import { winSchema } from './wins';

/** The personal tab's first screen: every goal and every win, in one response. */
export const overviewSchema = z.object({
  goals: z.array(goalSchema),
  wins: z.array(winSchema),
});

export type Overview = z.infer<typeof overviewSchema>;
