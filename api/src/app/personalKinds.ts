import { commitmentSchema, type Commitment, type CommitmentInput } from '../domain/commitments';
import { goalSchema, type Goal, type GoalInput } from '../domain/goals';
import { winSchema, type Win, type WinInput } from '../domain/wins';
import { KIND } from '../domain/kinds';
import { fileCommitmentNudgesSafely } from './nudgeIndex';
import { personalItemUseCases } from './personalItems';
import { requireGoalOf, requirePriorityOf } from './ownItems';

/** Career goals; a goal may support one of my manager's priorities. */
export const goals = personalItemUseCases<GoalInput, Goal>({
  kind: KIND.goal,
  outputSchema: goalSchema,
  check: (services, caller, input) => requirePriorityOf(services, caller, input.supportsPriorityId),
});

/** Wins; a win may name one of my goals, and only one that exists, and a priority it supports. */
export const wins = personalItemUseCases<WinInput, Win>({
  kind: KIND.win,
  outputSchema: winSchema,
  check: async (services, caller, input) => {
    await Promise.all([requireGoalOf(services, caller, input.goalId), requirePriorityOf(services, caller, input.supportsPriorityId)]);
  },
});

/**
 * Commitments. Mark done = replace with `status: 'done'` and `doneOn`; drop = replace with
 * `status: 'dropped'`. Every write files the commitment's reminders in the index of due work.
 */
export const commitments = personalItemUseCases<CommitmentInput, Commitment>({
  kind: KIND.commitment,
  outputSchema: commitmentSchema,
  check: (services, caller, input) => requirePriorityOf(services, caller, input.supportsPriorityId),
  serverFields: ['source', 'fromFeedbackId'],
  afterWrite: (services, caller, commitment) => fileCommitmentNudgesSafely(services, caller, commitment, new Date()),
});
