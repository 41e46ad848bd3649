import { commitmentInputSchema } from '../domain/commitments';
import { personalPartition, type Caller } from '../domain/identity';
import type { AgendaItemData } from '../domain/oneOnOne';
import type { ActionInput, ActionResult, ActionStatusInput, ManagerAction, ManagerActionData } from '../domain/oneOnOneShared';
import { managerOf } from '../domain/oneOnOneTable';
import { KIND } from '../domain/kinds';
import { VersionConflictError, type StoredRecord } from '../store/errors';
import type { OpenChat } from './chatAccess';
import { sharingMembers } from './chatMembers';
import { chatRoles } from './chatSettings';
import { ConflictError, InvalidInputError, NotFoundError, StaleVersionError, useCase } from './errors';
import type { Services } from './services';

/** A stored manager's action in contract shape. */
export function toManagerAction(record: StoredRecord): ManagerAction {
  const data = record.data as ManagerActionData;
  return {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    etag: record.etag,
    chatId: data.chatId,
    owner: data.owner,
    employee: data.employee,
    fromItem: data.fromItem,
    title: data.title,
    ...(data.dueDate === undefined ? {} : { dueDate: data.dueDate }),
    status: data.status,
    ...(data.doneOn === undefined ? {} : { doneOn: data.doneOn }),
  };
}

/**
 * Turns an outcome of a talking point into a commitment of either member. The employee's goes
 * to their own list, shared in the 1:1, like any commitment they log (so follow-through counts
 * it); the manager's is an action offered to the employee, kept in the employee's partition so
 * they can follow up from their own tab. Both are written only for members of this 1:1.
 */
export const createAction = useCase(async (services: Services, caller: Caller, chat: OpenChat, input: ActionInput, idempotencyKey: string | undefined): Promise<ActionResult> => {
  const members = (await sharingMembers(services, chat.chatId, caller)) ?? [];
  const roles = await chatRoles(services.shared, chat.partition, members);
  const manager = managerOf({ members, roles }, caller.objectId);
  const employee = members.find((member) => member.objectId !== manager?.objectId);
  if (manager === undefined || employee === undefined || members.length !== 2) {
    throw new ConflictError('not_one_on_one', 'Actions are agreed between the two people of a 1:1.', 'This chat does not have exactly two members.');
  }
  if (input.ownerObjectId !== manager.objectId && input.ownerObjectId !== employee.objectId) {
    throw new InvalidInputError([{ path: 'ownerObjectId', message: 'Pick one of the two people in this 1:1.' }]);
  }
  const item = await services.shared.get(chat.partition, KIND.agenda, input.agendaItemId);
  const itemData = item.data as AgendaItemData;
  // A point a close has filed away is no longer on the agenda.
  if (itemData.closedIn !== undefined) throw new NotFoundError();
  const partition = personalPartition({ tenantId: caller.tenantId, objectId: employee.objectId });
  if (input.ownerObjectId === employee.objectId) {
    const commitment = commitmentInputSchema.parse({
      title: input.title,
      details: `Agreed in the 1:1 on “${itemData.title}”.`,
      ...(input.dueDate === undefined ? {} : { dueDate: input.dueDate }),
      toWhom: manager.name,
      sharedInOneOnOne: true,
    });
    const record = await services.personal.create(partition, KIND.commitment, commitment, idempotencyKey);
    const stored = record.data as { title: string; dueDate?: string };
    return { kind: 'commitment', id: record.id, ownerObjectId: employee.objectId, title: stored.title, ...(stored.dueDate === undefined ? {} : { dueDate: stored.dueDate }) };
  }
  const data: ManagerActionData = {
    chatId: chat.chatId,
    owner: manager,
    employee,
    fromItem: { id: item.id, title: itemData.title },
    title: input.title,
    ...(input.dueDate === undefined ? {} : { dueDate: input.dueDate }),
    status: 'open',
  };
  const record = await services.personal.create(partition, KIND.managerAction, data, idempotencyKey);
  return { kind: 'managerAction', action: toManagerAction(record) };
});

/**
 * Either member marks the manager's action done, or open again. The action must belong to
 * this chat and to a member of it; anything else is "not found".
 */
export const setActionStatus = useCase(async (services: Services, caller: Caller, chat: OpenChat, actionId: string, input: ActionStatusInput, etag: string): Promise<ManagerAction> => {
  const { chatId } = chat;
  const members = await sharingMembers(services, chatId, caller);
  if (members === undefined || !members.some((member) => member.objectId === input.employeeObjectId)) throw new NotFoundError();
  const partition = personalPartition({ tenantId: caller.tenantId, objectId: input.employeeObjectId });
  const current = await services.personal.get(partition, KIND.managerAction, actionId);
  const data = current.data as ManagerActionData;
  if (data.chatId !== chatId) throw new NotFoundError();
  const next: ManagerActionData = {
    chatId: data.chatId,
    owner: data.owner,
    employee: data.employee,
    fromItem: data.fromItem,
    title: data.title,
    ...(data.dueDate === undefined ? {} : { dueDate: data.dueDate }),
    status: input.status,
    ...(input.doneOn === undefined ? {} : { doneOn: input.doneOn }),
  };
  try {
    return toManagerAction(await services.personal.update(partition, KIND.managerAction, actionId, next, etag));
  } catch (error) {
    // 412 with the action as it is now, so the tab shows it instead of overwriting it.
    if (error instanceof VersionConflictError) throw new StaleVersionError(error.current === undefined ? undefined : toManagerAction(error.current));
    throw error;
  }
});
