import { personalPartition, type Caller } from '../domain/identity';
import { ItemNotFoundError, type StoredRecord } from '../store/errors';
import { KIND } from '../domain/kinds';
import { InvalidInputError } from './errors';
import type { Services } from './services';

/** What the caller is told when a win names a goal they do not have; the tab and the bot show it by the goal field. */
export const NO_SUCH_GOAL = 'No such goal.';
/** What the caller is told when an item names a manager's priority they do not have. */
export const NO_SUCH_PRIORITY = 'No such priority of your manager.';
/** What the caller is told when an entry names a manager profile they do not have. */
export const NO_SUCH_PROFILE = 'No such manager profile.';

/** The caller's own item of `kind` with this id; a missing one is a 400 on `path`, since the input named it. */
async function requireOwn(services: Services, caller: Caller, kind: string, id: string, path: string, message: string): Promise<StoredRecord> {
  try {
    return await services.personal.get(personalPartition(caller), kind, id);
  } catch (error) {
    if (error instanceof ItemNotFoundError) throw new InvalidInputError([{ path, message }]);
    throw error;
  }
}

/**
 * A win may name one of the caller's goals, and only one that exists. Every path that stores
 * a win (HTTP create and replace, the bot's "Log in Upward") checks it here.
 */
export async function requireGoalOf(services: Services, caller: Caller, goalId: string | undefined): Promise<void> {
  if (goalId !== undefined) await requireOwn(services, caller, KIND.goal, goalId, 'goalId', NO_SUCH_GOAL);
}

/** A goal, win or commitment may say it supports one of the caller's manager's priorities, and only one that exists. */
export async function requirePriorityOf(services: Services, caller: Caller, priorityId: string | undefined): Promise<void> {
  if (priorityId !== undefined) await requireOwn(services, caller, KIND.priority, priorityId, 'supportsPriorityId', NO_SUCH_PRIORITY);
}

/** What the caller is told when feedback names an item of theirs that does not exist. */
export const NO_SUCH_ITEM = 'No such item of yours.';

/** Feedback may be about one of the caller's goals, wins or commitments, and only one that exists. */
export async function requireAboutOf(services: Services, caller: Caller, about: { kind: string; id: string } | undefined): Promise<StoredRecord | undefined> {
  return about === undefined ? undefined : requireOwn(services, caller, about.kind, about.id, 'about.id', NO_SUCH_ITEM);
}

/** An entry of a manager profile belongs to one of the caller's profiles. */
export async function requireProfileOf(services: Services, caller: Caller, profileId: string): Promise<void> {
  await requireOwn(services, caller, KIND.manager, profileId, 'profileId', NO_SUCH_PROFILE);
}
