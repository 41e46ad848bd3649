import { utcDateOf } from '../domain/calendarDates';
import { claimHolds } from '../domain/claims';
import { commitmentInputSchema } from '../domain/commitments';
import { choiceProblem, decide, decisionText, isOverdue, newHeadsUpData, type DecisionChoice, type HeadsUp, type HeadsUpData, type HeadsUpInput } from '../domain/headsUps/headsUp';
import { headsUpCard } from '../domain/headsUps/headsUpCard';
import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { roleOf, type Roles } from '../domain/oneOnOneRoles';
import { VersionConflictError, type StoredRecord } from '../store/errors';
import { callerPerson, type OpenChat } from './chatAccess';
import { chatRoles } from './chatSettings';
import { ConflictError, ConnectorUnavailableError, ForbiddenError, InvalidInputError, useCase } from './errors';
import { postCard, SendError, SINGLE_TRY } from './proactive';
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
    cardPosted: data.card !== null,
  };
}

const rolesNotSet = () => new ConflictError('roles_not_set', 'Say who is who first.', 'A heads-up goes from the employee to the manager: set the roles of this 1:1 first.');

/** The chat's current roles, or 409 while they are not set (or one of the two has left). */
async function requireRoles(services: Services, chat: OpenChat): Promise<Roles> {
  const roles = await chatRoles(services.shared, chat.partition, await services.rosters.members(chat.chatId));
  if (roles === null) throw rolesNotSet();
  return roles;
}

/** A heads-up goes from the employee to the manager: only the employee (by the roles) raises one or posts its card (403). */
async function requireEmployee(services: Services, caller: Caller, chat: OpenChat): Promise<void> {
  const roles = await requireRoles(services, chat);
  if (roleOf(roles, caller.objectId) !== 'employee') throw new ForbiddenError();
}

/**
 * Writes `change` of the heads-up under the ETag it read; when another write got there
 * first, reads it again and applies `change` to what stands now. `change` answers undefined
 * when nothing (more) is to be written. Gives up after {@link ATTEMPTS} and returns what stands.
 */
async function rewriteHeadsUp(services: Services, chat: OpenChat, record: StoredRecord, change: (data: HeadsUpData) => HeadsUpData | undefined): Promise<StoredRecord> {
  let current = record;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const next = change(current.data as HeadsUpData);
    if (next === undefined) return current;
    try {
      return await services.shared.update(chat.partition, KIND.headsUp, current.id, next, current.etag, current.createdAt);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      current = await services.shared.get(chat.partition, KIND.headsUp, current.id);
    }
  }
  return current;
}

/** The card as the heads-up now stands, for the chat's members. */
export const headsUpCardFor = useCase(async (services: Services, chat: OpenChat, record: StoredRecord, today: string, notice?: string): Promise<Record<string, unknown>> => {
  const members = await services.rosters.members(chat.chatId);
  return headsUpCard({ headsUpId: record.id, data: record.data as HeadsUpData, memberObjectIds: members.map((member) => member.objectId), today, ...(notice === undefined ? {} : { notice }) });
});

/** The heads-up's data without a claim on posting its card. */
function unclaimed(data: HeadsUpData): HeadsUpData {
  const rest = { ...data };
  delete rest.cardClaim;
  return rest;
}

/** What posting a heads-up's card came to: the heads-up with its card kept, or why Teams has none. */
type CardPosting = { readonly kind: 'posted'; readonly record: StoredRecord } | { readonly kind: 'not-installed' };

/**
 * Posts the card as the heads-up stands (decided or not) and keeps its activity id, so a
 * decision made in the tab can update it in place. A decision written meanwhile is kept,
 * and the card just posted is brought up to it. Throws what the connector throws.
 */
async function postHeadsUpCard(services: Services, chat: OpenChat, record: StoredRecord, today: string): Promise<CardPosting> {
  const outcome = await postCard(services, { scope: 'chat', chatId: chat.chatId }, await headsUpCardFor(services, chat, record, today), SINGLE_TRY);
  if (outcome.kind !== 'posted') return outcome;
  const card = { activityId: outcome.activityId };
  const kept = await rewriteHeadsUp(services, chat, record, (data) => (data.card === null ? { ...unclaimed(data), card } : undefined));
  const decidedMeanwhile = (record.data as HeadsUpData).decision === null && (kept.data as HeadsUpData).decision !== null;
  if (decidedMeanwhile) await updatePostedCard(services, chat, kept, today);
  return { kind: 'posted', record: kept };
}

/** Posting the card as a heads-up is raised: no reference or a connector that refuses leaves it stored without a card (`cardPosted: false`). */
async function postCardOnRaise(services: Services, chat: OpenChat, record: StoredRecord, today: string): Promise<StoredRecord> {
  try {
    const posting = await postHeadsUpCard(services, chat, record, today);
    return posting.kind === 'posted' ? posting.record : record;
  } catch (error) {
    // A connector that stays down must not fail the raise: the employee can post the card later.
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
  await requireEmployee(services, caller, chat);
  const { record, created } = await services.shared.createOnce(chat.partition, KIND.headsUp, newHeadsUpData(input, callerPerson(caller)), key);
  // Only the call that stored it posts the card: retries racing it return the same heads-up.
  return toHeadsUp(created ? await postCardOnRaise(services, chat, record, today) : record, today);
});

/**
 * How long a claim on posting a card holds: longer than one post with the connector
 * client's own retries takes, short enough that a request which died holding it does not
 * keep the employee from posting for long.
 */
const CARD_CLAIM_MS = 60_000;

/** Connector statuses that say the bot is no longer in the conversation (removed from the chat). */
const NOT_IN_CONVERSATION = new Set([403, 404]);

const botNotInChat = () => new ConflictError('bot_not_in_chat', 'Add Upward to this chat, then post again.', 'Upward posts the card as its bot, and the bot is not in this chat yet.');
const cardBeingPosted = () => new ConflictError('card_being_posted', 'The card is being posted right now.', 'Reload in a moment to see it in the chat.');

/** Lets go of this request's claim; a claim that cannot be released expires after {@link CARD_CLAIM_MS}. */
async function releaseClaim(services: Services, chat: OpenChat, claimed: StoredRecord, token: string): Promise<void> {
  try {
    await rewriteHeadsUp(services, chat, claimed, (data) => (data.cardClaim?.token === token ? unclaimed(data) : undefined));
  } catch (error) {
    services.log.error('Releasing the claim on a heads-up card failed', error);
  }
}

/** What the employee is told when Teams still cannot take the card. */
function unpostable(error: unknown): unknown {
  if (!(error instanceof SendError)) return error;
  if (error.status !== undefined && NOT_IN_CONVERSATION.has(error.status)) return botNotInChat();
  return new ConnectorUnavailableError({ cause: error });
}

/**
 * The employee posts the card of a heads-up that has none (the bot was not in the chat, or
 * Teams refused, when it was raised). One whose card is in the chat already is answered as it
 * stands and nothing is posted. A decided one gets the decided card rather than a refusal:
 * the decision is what the chat missed, and the card shows it without buttons. The request
 * first claims the post under the row's ETag, so of two at once one posts and the other is
 * told the card is on its way (409 card_being_posted). When Teams still cannot take it, the
 * heads-up keeps no card and no claim: 409 bot_not_in_chat, or 503 for a connector outage.
 */
export const postHeadsUpCardLater = useCase(async (services: Services, caller: Caller, chat: OpenChat, id: string, now: Date): Promise<StoredRecord> => {
  await requireEmployee(services, caller, chat);
  const stored = await services.shared.get(chat.partition, KIND.headsUp, id);
  if ((stored.data as HeadsUpData).card !== null) return stored;
  // Asked before the claim, so a chat without the bot changes nothing at all.
  if ((await services.conversations.get({ scope: 'chat', chatId: chat.chatId })) === undefined) throw botNotInChat();
  const claim = { token: crypto.randomUUID(), at: now.toISOString() };
  const claimed = await rewriteHeadsUp(services, chat, stored, (data) => {
    if (data.card !== null) return undefined;
    if (data.cardClaim !== undefined && claimHolds(data.cardClaim.at, now, CARD_CLAIM_MS)) throw cardBeingPosted();
    return { ...data, cardClaim: claim };
  });
  const data = claimed.data as HeadsUpData;
  if (data.card !== null) return claimed;
  if (data.cardClaim?.token !== claim.token) throw cardBeingPosted();
  try {
    const posting = await postHeadsUpCard(services, chat, claimed, utcDateOf(now));
    if (posting.kind === 'posted') return posting.record;
    throw botNotInChat();
  } catch (error) {
    await releaseClaim(services, chat, claimed, claim.token);
    throw unpostable(error);
  }
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
  const data = record.data as HeadsUpData;
  const decision = data.decision;
  if (decision === null || !decision.createCommitment || decision.commitmentId !== undefined) return record;
  const commitment = commitmentInputSchema.parse({
    title: decisionText(data).slice(0, 200),
    details: `Decided on the heads-up “${data.risk}”.`,
    dueDate: data.byWhen,
    toWhom: decision.by.name,
    sharedInOneOnOne: true,
  });
  const partition = personalPartition({ tenantId: caller.tenantId, objectId: roles.employee });
  const created = await services.personal.create(partition, KIND.commitment, commitment, `headsup_${record.id}`);
  return rewriteHeadsUp(services, chat, record, (now) =>
    now.decision === null || now.decision.commitmentId !== undefined ? undefined : { ...now, decision: { ...now.decision, commitmentId: created.id } },
  );
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
        if (source === 'tab') await updatePostedCard(services, chat, record, utcDateOf(now));
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
async function updatePostedCard(services: Services, chat: OpenChat, record: StoredRecord, today: string): Promise<void> {
  const activityId = (record.data as HeadsUpData).card?.activityId;
  if (activityId === undefined) return;
  try {
    const ref = await services.conversations.get({ scope: 'chat', chatId: chat.chatId });
    if (ref === undefined) return;
    const sender = await services.sender();
    await sender.update(ref, activityId, await headsUpCardFor(services, chat, record, today));
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
