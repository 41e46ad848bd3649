import { utcDateOf } from '../domain/calendarDates';
import { commitmentInputSchema } from '../domain/commitments';
import { choiceProblem, decide, decisionText, isOverdue, newHeadsUpData, type DecisionChoice, type HeadsUp, type HeadsUpData, type HeadsUpInput } from '../domain/headsUps/headsUp';
import { headsUpCard } from '../domain/headsUps/headsUpCard';
import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { roleOf, type Roles } from '../domain/oneOnOneRoles';
import { VersionConflictError, type StoredRecord } from '../store/errors';
import { callerPerson, type OpenChat } from './chatAccess';
import { chatRoles } from './chatSettings';
import { ConflictError, ForbiddenError, InvalidInputError, useCase } from './errors';
import { postCard, SINGLE_TRY } from './proactive';
import type { Services } from './services';

/** Attempts at a write that keeps losing a race with another write before answering with what stands. */
const ATTEMPTS = 3;

/** A stored heads-up as the API returns it; `today` is the viewer's date, for `overdue`. */
export function toHeadsUp(record: StoredRecord, today: string): HeadsUp {
  const data = record.data as HeadsUpData;
  return {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    etag: record.etag,
    risk: data.risk,
    byWhen: data.byWhen,
    affects: data.affects,
    options: data.options.map((option) => ({ title: option.title, cost: option.cost })),
    recommended: data.recommended,
    decideBy: data.decideBy,
    raisedBy: data.raisedBy,
    decision: data.decision,
    overdue: isOverdue(data, today),
  };
}

const rolesNotSet = () => new ConflictError('roles_not_set', 'Say who is who first.', 'A heads-up goes from the employee to the manager: set the roles of this 1:1 first.');

/** The chat's current roles, or 409 while they are not set (or one of the two has left). */
async function requireRoles(services: Services, chat: OpenChat): Promise<Roles> {
  const roles = await chatRoles(services.shared, chat.partition, await services.rosters.members(chat.chatId));
  if (roles === null) throw rolesNotSet();
  return roles;
}

/** The card as the heads-up now stands, for the chat's members. */
export const headsUpCardFor = useCase(async (services: Services, chat: OpenChat, record: StoredRecord, today: string, notice?: string): Promise<Record<string, unknown>> => {
  const members = await services.rosters.members(chat.chatId);
  return headsUpCard({ headsUpId: record.id, data: record.data as HeadsUpData, memberObjectIds: members.map((member) => member.objectId), today, ...(notice === undefined ? {} : { notice }) });
});

/**
 * Posts the heads-up's card in the chat and keeps the activity id, so a decision made in the
 * tab can update it in place. A chat without a stored conversation reference, or a connector
 * that refuses, leaves the heads-up stored without a card: the tab shows it either way.
 */
async function postHeadsUpCard(services: Services, chat: OpenChat, record: StoredRecord, today: string): Promise<StoredRecord> {
  try {
    const outcome = await postCard(services, { scope: 'chat', chatId: chat.chatId }, await headsUpCardFor(services, chat, record, today), SINGLE_TRY);
    if (outcome.kind !== 'posted') return record;
    const data = record.data as HeadsUpData;
    return await services.shared.update(chat.partition, KIND.headsUp, record.id, { ...data, card: { activityId: outcome.activityId } }, record.etag, record.createdAt);
  } catch (error) {
    // A decision already made (412) or a connector that stays down must not fail the raise.
    services.log.error('Posting the heads-up card failed', error);
    return record;
  }
}

/**
 * The employee raises a heads-up in the chat's shared space; the manager may not (403), and
 * nobody may before the roles are set (409). A retry with the same idempotency key returns
 * the first heads-up and posts no second card.
 */
export const raiseHeadsUp = useCase(async (services: Services, caller: Caller, chat: OpenChat, input: HeadsUpInput, key: string | undefined, today: string): Promise<HeadsUp> => {
  const roles = await requireRoles(services, chat);
  if (roleOf(roles, caller.objectId) !== 'employee') throw new ForbiddenError();
  const { record, created } = await services.shared.createOnce(chat.partition, KIND.headsUp, newHeadsUpData(input, callerPerson(caller)), key);
  // Only the call that stored it posts the card: retries racing it return the same heads-up.
  return toHeadsUp(created ? await postHeadsUpCard(services, chat, record, today) : record, today);
});

/** What a decision came to: recorded now, or already made before (a stale card, a retry, a race lost). */
export interface HeadsUpDecision {
  readonly outcome: 'decided' | 'already-decided';
  readonly record: StoredRecord;
}

/** Where a decision came from: the tab updates the posted card itself; a card's own answer replaces it. */
export type DecisionSource = 'tab' | 'card';

/**
 * Creates the commitment that carries out the chosen option, in the employee's partition and
 * shared in the 1:1, once: its idempotency key is the heads-up's, so a retry or a second
 * decider finds the first one. Then notes its id on the heads-up.
 */
async function carryOut(services: Services, caller: Caller, chat: OpenChat, roles: Roles, record: StoredRecord): Promise<StoredRecord> {
  let current = record;
  const data = current.data as HeadsUpData;
  const decision = data.decision;
  if (decision === null || !decision.createCommitment || decision.commitmentId !== undefined) return current;
  const commitment = commitmentInputSchema.parse({
    title: decisionText(data).slice(0, 200),
    details: `Decided on the heads-up “${data.risk}”.`,
    dueDate: data.byWhen,
    toWhom: decision.by.name,
    sharedInOneOnOne: true,
  });
  const partition = personalPartition({ tenantId: caller.tenantId, objectId: roles.employee });
  const created = await services.personal.create(partition, KIND.commitment, commitment, `headsup_${current.id}`);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const now = current.data as HeadsUpData;
    if (now.decision === null || now.decision.commitmentId !== undefined) return current;
    try {
      return await services.shared.update(chat.partition, KIND.headsUp, current.id, { ...now, decision: { ...now.decision, commitmentId: created.id } }, current.etag, current.createdAt);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      current = await services.shared.get(chat.partition, KIND.headsUp, current.id);
    }
  }
  return current;
}

/**
 * The manager decides a heads-up, once. The decision is written under the ETag it read, so of
 * two deciders (two cards, a card and the tab, Teams retrying the invoke) exactly one records
 * a decision and the others get the heads-up as it now stands. The employee may not decide
 * (403). A decision from the tab also updates the card posted in the chat.
 */
export const decideHeadsUp = useCase(
  async (services: Services, caller: Caller, chat: OpenChat, id: string, choice: DecisionChoice, now: Date, source: DecisionSource): Promise<HeadsUpDecision> => {
    const roles = await requireRoles(services, chat);
    if (roleOf(roles, caller.objectId) !== 'manager') throw new ForbiddenError();
    let current = await services.shared.get(chat.partition, KIND.headsUp, id);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const data = current.data as HeadsUpData;
      if (data.decision !== null) break;
      if (choiceProblem(data, choice) !== undefined) throw new InvalidInputError([{ path: 'option', message: 'Pick one of the options of this heads-up.' }]);
      try {
        const decided = await services.shared.update(chat.partition, KIND.headsUp, id, { ...data, decision: decide(choice, callerPerson(caller), now) }, current.etag, current.createdAt);
        const record = await carryOut(services, caller, chat, roles, decided);
        if (source === 'tab') await updatePostedCard(services, chat, record, now);
        return { outcome: 'decided', record };
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
        current = await services.shared.get(chat.partition, KIND.headsUp, id);
      }
    }
    // Decided before (or meanwhile): finish what that decision asked for, in case its decider stopped half way.
    return { outcome: 'already-decided', record: await carryOut(services, caller, chat, roles, current) };
  },
);

/** Replaces the posted card with the decided one; a card that cannot be updated still refreshes itself when next seen. */
async function updatePostedCard(services: Services, chat: OpenChat, record: StoredRecord, now: Date): Promise<void> {
  const activityId = (record.data as HeadsUpData).card?.activityId;
  if (activityId === undefined) return;
  try {
    const ref = await services.conversations.get({ scope: 'chat', chatId: chat.chatId });
    if (ref === undefined) return;
    const sender = await services.sender();
    await sender.update(ref, activityId, await headsUpCardFor(services, chat, record, utcDateOf(now)));
  } catch (error) {
    services.log.error('Updating the heads-up card failed', error);
  }
}

/** A heads-up of the chat, as stored. */
export const readHeadsUp = useCase(async (services: Services, chat: OpenChat, id: string): Promise<StoredRecord> => services.shared.get(chat.partition, KIND.headsUp, id));

/** Who may decide in this chat, by name, for a card that tells the employee why their press did nothing. */
export const deciderName = useCase(async (services: Services, chat: OpenChat): Promise<string | undefined> => {
  const members = await services.rosters.members(chat.chatId);
  const roles = await chatRoles(services.shared, chat.partition, members);
  const name = members.find((member) => member.objectId === roles?.manager)?.name;
  // Teams names only whoever installed the app until the others open the tab.
  return name === '' ? undefined : name;
});
