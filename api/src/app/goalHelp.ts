import type { GoalHelp, GoalHelpData, GoalHelpInput } from '../domain/goalHelp';
import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import type { OpenChat } from './chatAccess';
import { sharingMembers } from './chatMembers';
import { ForbiddenError, NotFoundError, StaleVersionError, useCase } from './errors';
import type { Services } from './services';

/** A stored answer in contract shape. */
export function toGoalHelp(record: StoredRecord): GoalHelp {
  const data = record.data as GoalHelpData;
  return { id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt, etag: record.etag, goalId: data.goalId, chatId: data.chatId, text: data.text, author: data.author };
}

async function findRecord(services: Services, partition: string, kind: string, id: string): Promise<StoredRecord | undefined> {
  try {
    return await services.personal.get(partition, kind, id);
  } catch (error) {
    if (error instanceof ItemNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Another member answers "How I can help" on a goal its owner shared in this chat. The answer
 * is written into the owner's partition (so their personal tab shows it with the goal), and
 * only after the checks: owner and caller are members of this 1:1-sized chat, the goal exists
 * and is shared. Anything else is "not found", so an unshared goal's existence stays private.
 * A first answer needs no version; changing one needs the version it was based on.
 */
export const answerGoalHelp = useCase(async (services: Services, caller: Caller, chat: OpenChat, goalId: string, input: GoalHelpInput, etag: string | undefined): Promise<GoalHelp> => {
  const { chatId } = chat;
  const members = await sharingMembers(services, chatId, caller);
  const me = members?.find((member) => member.objectId === caller.objectId.toLowerCase());
  if (members === undefined || me === undefined || !members.some((member) => member.objectId === input.ownerObjectId)) throw new NotFoundError();
  // Only the other person answers how they can help with your goal.
  if (input.ownerObjectId === me.objectId) throw new ForbiddenError();
  const partition = personalPartition({ tenantId: caller.tenantId, objectId: input.ownerObjectId });
  const goal = await findRecord(services, partition, KIND.goal, goalId);
  if (goal?.data.sharedInOneOnOne !== true) throw new NotFoundError();
  const data: GoalHelpData = { goalId, chatId, text: input.text, author: me };
  const current = await findRecord(services, partition, KIND.goalHelp, goalId);
  try {
    if (current === undefined) {
      // Keyed by the goal: two first answers racing cannot both land; the loser gets a conflict.
      await services.personal.transact(partition, [{ op: 'create', kind: KIND.goalHelp, id: goalId, data }]);
    } else {
      if (etag === undefined) throw new VersionConflictError(current);
      await services.personal.update(partition, KIND.goalHelp, goalId, data, etag);
    }
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    // 412 with the answer as it is now, so the tab shows it instead of overwriting it.
    const now = error.current ?? (await findRecord(services, partition, KIND.goalHelp, goalId));
    throw new StaleVersionError(now === undefined ? undefined : toGoalHelp(now));
  }
  return toGoalHelp(await services.personal.get(partition, KIND.goalHelp, goalId));
});
