import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { byPosition, currentProfileOf, positionAfterLast } from '../domain/manager/currentProfile';
import { managerSchema, prioritySchema, type InsightOrigin } from '../domain/manager/managerProfile';
import { isProfileQuestion, priorityFromAnswer, savesAsEmployee, type AgendaAnswerInput, type SavedToProfile } from '../domain/manager/profileCapture';
import type { ProfileTarget } from '../domain/manager/profileTargets';
import type { AgendaItem } from '../domain/oneOnOne';
import type { MessageSource } from '../domain/source';
import type { OpenChat } from './chatAccess';
import { chatRoles } from './chatSettings';
import { toAgendaItem } from './chatSpace';
import { ForbiddenError, InvalidInputError, NotFoundError, useCase } from './errors';
import { toItem } from './personalItems';
import type { Services } from './services';
import { ItemNotFoundError } from '../store/errors';
import { fileRecurringNudge, fileSafely } from './recurringNudges';

/** One entry to add to my current manager's profile, from a 1:1 or a message. */
export interface ProfileEntry {
  readonly target: ProfileTarget;
  readonly text: string;
  readonly choice?: string;
  readonly origin: InsightOrigin;
  readonly notedOn: string;
  readonly source?: MessageSource;
  /** The profile the entry was written for, when a form named one: it must still be my current one. */
  readonly profileId?: string;
}

/** What a form that named a profile is told when that profile is gone, not mine, or no longer current. */
export const PROFILE_CHANGED = 'Your manager profile is not the one this form was opened for (it was removed, or you started a new one). Open the form again.';

/** Concurrent first captures meet on this key, so they start one profile, not two. */
const FIRST_PROFILE_KEY = 'first-manager-profile';

/**
 * Adds an entry to the profile of my current manager, starting one named `managerName` when I
 * have none yet (unless the entry names the profile it was meant for). A retry with the same
 * key makes one entry.
 */
export async function addToCurrentProfile(services: Services, caller: Caller, entry: ProfileEntry, managerName: string, idempotencyKey: string | undefined): Promise<SavedToProfile> {
  const partition = personalPartition(caller);
  const kinds = await services.personal.listKinds(partition, [KIND.manager, KIND.priority]);
  const profiles = (kinds.get(KIND.manager) ?? []).map((record) => toItem(managerSchema, record));
  const current = currentProfileOf(profiles);
  // Checked before anything is written: a stale or foreign profile id writes nothing, not even a new profile.
  if (entry.profileId !== undefined && current?.id !== entry.profileId) throw new InvalidInputError([{ path: 'profileId', message: PROFILE_CHANGED }]);
  const profile = current ?? toItem(managerSchema, await services.personal.create(partition, KIND.manager, { name: managerName.trim() || 'My manager' }, FIRST_PROFILE_KEY));
  const provenance = { origin: entry.origin, notedOn: entry.notedOn, ...(entry.source === undefined ? {} : { source: entry.source }) };
  if (entry.target === 'priority') {
    const ranked = byPosition((kinds.get(KIND.priority) ?? []).map((record) => toItem(prioritySchema, record)).filter((priority) => priority.profileId === profile.id));
    const data = { profileId: profile.id, ...priorityFromAnswer(entry.text), position: positionAfterLast(ranked), ...provenance };
    const created = await services.personal.create(partition, KIND.priority, data, idempotencyKey);
    return { target: 'priority', profileId: profile.id, entryId: created.id, managerName: profile.name };
  }
  const data = { profileId: profile.id, field: entry.target, text: entry.text, ...(entry.choice === undefined ? {} : { choice: entry.choice }), ...provenance };
  const created = await services.personal.create(partition, KIND.insight, data, idempotencyKey);
  if (entry.target === 'cadence') await fileSafely(services, 'update', () => fileRecurringNudge(services, caller, { kind: 'updateDue' }, new Date()));
  return { target: entry.target, profileId: profile.id, entryId: created.id, managerName: profile.name };
}

/** An agenda item of the 1:1 that only its employee may keep something of, with the name of the manager it came from. */
export interface EmployeesAgendaItem {
  readonly item: AgendaItem;
  readonly managerName: string;
}

/**
 * The agenda item `itemId` of this 1:1, for its employee to keep what was said in their own
 * partition: refused unless `eligible` (with `refusal` on `itemId`), and forbidden to anyone but
 * the employee, who alone owns what it is saved to. Until roles are set, the employee is whoever
 * put the item on the agenda.
 */
export async function employeesAgendaItem(services: Services, caller: Caller, chat: OpenChat, itemId: string, eligible: (item: AgendaItem) => boolean, refusal: string): Promise<EmployeesAgendaItem> {
  let record;
  try {
    record = await services.shared.get(chat.partition, KIND.agenda, itemId);
  } catch (error) {
    if (error instanceof ItemNotFoundError) throw new NotFoundError();
    throw error;
  }
  const item = toAgendaItem(record);
  if (item === undefined) throw new NotFoundError();
  if (!eligible(item)) throw new InvalidInputError([{ path: 'itemId', message: refusal }]);
  const members = await services.rosters.members(chat.chatId);
  const me = caller.objectId.toLowerCase();
  const roles = await chatRoles(services.shared, chat.partition, members);
  if (!savesAsEmployee(roles, item.addedBy.objectId, me)) throw new ForbiddenError();
  const manager = roles === null ? members.find((member) => member.objectId !== me) : members.find((member) => member.objectId === roles.manager);
  return { item, managerName: manager?.name ?? '' };
}

/**
 * Saves what was said about a question from the employee's bank, discussed in this 1:1, into the
 * employee's own profile of their manager. Only the employee may: the profile is theirs, and
 * the manager never learns what is in it.
 */
export const saveAgendaAnswer = useCase(async (services: Services, caller: Caller, chat: OpenChat, itemId: string, input: AgendaAnswerInput, idempotencyKey: string | undefined): Promise<SavedToProfile> => {
  const { managerName } = await employeesAgendaItem(
    services,
    caller,
    chat,
    itemId,
    (item) => isProfileQuestion(item.questionId),
    'Only a question from the employee’s question bank can be saved to the manager profile.',
  );
  return addToCurrentProfile(services, caller, { target: input.target, text: input.text, origin: 'oneOnOne', notedOn: input.notedOn }, managerName, idempotencyKey);
});
