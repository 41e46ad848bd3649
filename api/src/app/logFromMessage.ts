import { commitmentSchema, type Commitment, type CommitmentInput } from '../domain/commitments';
import { personalPartition, type Caller } from '../domain/identity';
import type { MessageSource } from '../domain/source';
import { winSchema, type Win, type WinInput } from '../domain/wins';
import { ItemNotFoundError, StorageUnavailableError, type StoredRecord } from '../store/errors';
import { useCase } from './errors';
import { KIND } from '../domain/kinds';
import { toItem } from './personalItems';
import type { Services } from './services';
import { requireGoalOf } from './winGoal';

/**
 * Teams retries an invoke it thinks timed out, and people double-submit. A repeat of the same
 * log (same person, same chat message, same kind) returns the first item when it comes in the
 * same 10-minute UTC slot as the first, or within 2 minutes of it; later, it makes a new item.
 */
export const DEDUPE_SLOT_MS = 10 * 60_000;
/** Repeats this soon after the first are caught even across a slot boundary. */
export const DEDUPE_GRACE_MS = 2 * 60_000;

/** What is logged: a commitment or a win, already valid by the contract. */
export type LoggedInput = { readonly kind: 'commitment'; readonly input: CommitmentInput } | { readonly kind: 'win'; readonly input: WinInput };

/** What was stored, in contract shape. */
export type LoggedItem = { readonly kind: 'commitment'; readonly item: Commitment } | { readonly kind: 'win'; readonly item: Win };

/** The chat message an item is logged from: where it was, and the source the item keeps. */
export interface SourceMessage {
  readonly conversationId: string | undefined;
  readonly messageId: string;
  readonly source: MessageSource;
}

/** The idempotency key of one log of one message in one dedupe slot. */
function dedupeKey(caller: Caller, message: SourceMessage, kind: LoggedInput['kind'], slot: number): string {
  return ['logItem', caller.tenantId, caller.objectId, message.conversationId ?? '', message.messageId, kind, String(slot)].join('|');
}

/**
 * Stores the item at most once per slot (see {@link DEDUPE_SLOT_MS}): it is created under the
 * slot's idempotency key, where racing retries meet; early in a slot the previous slot's key is
 * looked up first. If the first item was deleted since, a new one is made.
 */
async function storeOnce(services: Services, caller: Caller, message: SourceMessage, logged: LoggedInput): Promise<StoredRecord> {
  const partition = personalPartition(caller);
  const now = Date.now();
  const slot = Math.floor(now / DEDUPE_SLOT_MS);
  const kind = KIND[logged.kind];
  const data = { ...logged.input, source: message.source };
  if (now - slot * DEDUPE_SLOT_MS < DEDUPE_GRACE_MS) {
    try {
      const earlier = await services.personal.findByIdempotencyKey(partition, kind, dedupeKey(caller, message, logged.kind, slot - 1));
      if (earlier !== undefined) return earlier;
    } catch (error) {
      if (!(error instanceof ItemNotFoundError)) throw error;
    }
  }
  try {
    return await services.personal.create(partition, kind, data, dedupeKey(caller, message, logged.kind, slot));
  } catch (error) {
    if (!(error instanceof ItemNotFoundError)) throw error;
    return services.personal.create(partition, kind, data);
  }
}

/**
 * Logs a commitment or a win from a chat message, with the message as its source. A win's
 * goal must exist (the same rule as the HTTP API's); a retried log returns the first item.
 */
export const logFromMessage = useCase(async (services: Services, caller: Caller, message: SourceMessage, logged: LoggedInput): Promise<LoggedItem> => {
  if (logged.kind === 'win') {
    await requireGoalOf(services, caller, logged.input.goalId);
    return { kind: 'win', item: toItem(winSchema, await storeOnce(services, caller, message, logged)) };
  }
  return { kind: 'commitment', item: toItem(commitmentSchema, await storeOnce(services, caller, message, logged)) };
});

/**
 * The other member of a two-person chat Upward is installed in: in the employee's 1:1 with
 * their manager, a promise they wrote there was made to the manager. Empty when the chat is
 * not such a chat, when Teams gave no name, or when storage does not answer (the form still opens).
 */
export const counterpartIn = useCase(async (services: Services, conversationId: string | undefined, caller: Caller): Promise<string> => {
  if (conversationId === undefined) return '';
  try {
    const members = await services.rosters.members(conversationId);
    const me = caller.objectId.toLowerCase();
    if (members.length !== 2 || !members.some((member) => member.objectId === me)) return '';
    return members.find((member) => member.objectId !== me)?.name ?? '';
  } catch (error) {
    if (error instanceof StorageUnavailableError) return '';
    throw error;
  }
});
