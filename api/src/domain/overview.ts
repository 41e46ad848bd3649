import { z } from 'zod';
import { commitmentSchema } from './commitments';
import { goalSchema } from './goals';
import { winSchema } from './wins';

/** The personal tab's first screen: every goal, win and commitment, from one partition query. */
export const overviewSchema = z.object({
  goals: z.array(goalSchema),
  wins: z.array(winSchema),
  commitments: z.array(commitmentSchema),
});

export type Overview = z.infer<typeof overviewSchema>;
