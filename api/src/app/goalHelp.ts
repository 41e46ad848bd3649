import type { GoalHelp, GoalHelpData, GoalHelpInput } from '../domain/goalHelp';
import { personalPartition, type Caller } from '../domain/identity';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import type { Services } from '../http/services';
import { sharingMembers } from './chatMembers';
import { PERSONAL_KINDS } from './personalKinds';

/** What answering "How I can help" came to. */
export type GoalHelpOutcome = { readonly outcome: 'saved'; readonly help: GoalHelp } | { readonly outcome: 'own-goal' };

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
export async function answerGoalHelp(
  services: Services,
  caller: Caller,
  chatId: string,
  goalId: string,
  input: GoalHelpInput,
  etag: string | undefined,
): Promise<GoalHelpOutcome> {
  const members = await sharingMembers(services, chatId, caller);
  const me = members?.find((member) => member.objectId === caller.objectId.toLowerCase());
  if (members === undefined || me === undefined || !members.some((member) => member.objectId === input.ownerObjectId)) throw new ItemNotFoundError();
  if (input.ownerObjectId === me.objectId) return { outcome: 'own-goal' };
  const partition = personalPartition({ tenantId: caller.tenantId, objectId: input.ownerObjectId });
  const goal = await findRecord(services, partition, PERSONAL_KINDS.goal, goalId);
  if (goal?.data.sharedInOneOnOne !== true) throw new ItemNotFoundError();
  const data: GoalHelpData = { goalId, chatId, text: input.text, author: me };
  const current = await findRecord(services, partition, PERSONAL_KINDS.goalHelp, goalId);
  if (current === undefined) {
    // Keyed by the goal: two first answers racing cannot both land; the loser gets a conflict.
    await services.personal.transact(partition, [{ op: 'create', kind: PERSONAL_KINDS.goalHelp, id: goalId, data }]);
  } else {
    if (etag === undefined) throw new VersionConflictError(current);
    await services.personal.update(partition, PERSONAL_KINDS.goalHelp, goalId, data, etag);
  }
  return { outcome: 'saved', help: toGoalHelp(await services.personal.get(partition, PERSONAL_KINDS.goalHelp, goalId)) };
}
