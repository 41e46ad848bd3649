import { personalPartition, type Caller } from '../domain/identity';
import { ItemNotFoundError } from '../store/errors';
import { KIND } from '../domain/kinds';
import { InvalidInputError } from './errors';
import type { Services } from './services';

/** What the caller is told when a win names a goal they do not have; the tab and the bot show it by the goal field. */
export const NO_SUCH_GOAL = 'No such goal.';

/**
 * A win may name one of the caller's goals, and only one that exists. Every path that stores
 * a win (HTTP create and replace, the bot's "Log in Upward") checks it here.
 */
export async function requireGoalOf(services: Services, caller: Caller, goalId: string | undefined): Promise<void> {
  if (goalId === undefined) return;
  try {
    await services.personal.get(personalPartition(caller), KIND.goal, goalId);
  } catch (error) {
    if (error instanceof ItemNotFoundError) throw new InvalidInputError([{ path: 'goalId', message: NO_SUCH_GOAL }]);
    throw error;
  }
}
