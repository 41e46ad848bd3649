import { z } from 'zod';
import { commitmentSchema } from './commitments';
import { goalHelpSchema } from './goalHelp';
import { goalSchema } from './goals';
import { managerSchema, prioritySchema } from './manager/managerProfile';
import { managerActionSchema } from './oneOnOneShared';
import { winSchema } from './wins';

/** The personal tab's first screen: every goal, win and commitment, from one partition query. */
export const overviewSchema = z.object({
  goals: z.array(goalSchema),
  wins: z.array(winSchema),
  commitments: z.array(commitmentSchema),
  /** Answers to "How I can help" on my shared goals, one per goal. */
  goalHelp: z.array(goalHelpSchema),
  /** What my manager offered to do for me in our 1:1s: "Asked of my manager". */
  askedOfManager: z.array(managerActionSchema),
  /** My profiles of my managers, so items can show and pick the priority they support. */
  managers: z.array(managerSchema),
  /** My managers' priorities, every profile's. */
  priorities: z.array(prioritySchema),
});

export type Overview = z.infer<typeof overviewSchema>;
