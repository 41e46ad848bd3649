import { commitmentSchema, type Commitment, type CommitmentInput } from '../domain/commitments';
import { goalSchema, type Goal, type GoalInput } from '../domain/goals';
import { winSchema, type Win, type WinInput } from '../domain/wins';
import { KIND } from '../domain/kinds';
import { personalItemUseCases } from './personalItems';
import { requireGoalOf } from './winGoal';

/** Career goals. */
export const goals = personalItemUseCases<GoalInput, Goal>({ kind: KIND.goal, outputSchema: goalSchema });

/** Wins; a win may name one of my goals, and only one that exists. */
export const wins = personalItemUseCases<WinInput, Win>({
  kind: KIND.win,
  outputSchema: winSchema,
  check: (services, caller, input) => requireGoalOf(services, caller, input.goalId),
});

/** Commitments. Mark done = replace with `status: 'done'` and `doneOn`; drop = replace with `status: 'dropped'`. */
export const commitments = personalItemUseCases<CommitmentInput, Commitment>({ kind: KIND.commitment, outputSchema: commitmentSchema });
