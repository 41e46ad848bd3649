import { personalPartition, type Caller } from '../domain/identity';
import type { LoggedKind } from '../domain/messages/guessKind';
import type { MessageSource } from '../domain/source';
import { ItemNotFoundError } from '../store/errors';

/**
 * Teams retries an invoke it thinks timed out, and people double-submit. A repeat of the same
 * log (same person, same chat message, same kind) returns the first item when it comes in the
 * same 10-minute UTC slot as the first, or within 2 minutes of it; later, it makes a new item.
 */
export const DEDUPE_SLOT_MS = 10 * 60_000;
/** Repeats this soon after the first are caught even across a slot boundary. */
export const DEDUPE_GRACE_MS = 2 * 60_000;

/** The chat message an item is logged from: where it was, and the source the item keeps. */
export interface SourceMessage {
  readonly conversationId: string | undefined;
  readonly messageId: string;
  readonly source: MessageSource;
}

/** How one kind is stored under an idempotency key, and found again by it. */
export interface KeyedWrite<Stored> {
  /** What an earlier create under `key` made, or undefined when there is none (or it is gone). */
  find(partition: string, key: string): Promise<Stored | undefined>;
  /** Creates under `key`; without one, creates afresh. */
  create(key: string | undefined): Promise<Stored>;
}

/** The idempotency key of one log of one message in one dedupe slot. */
function dedupeKey(caller: Caller, message: SourceMessage, kind: LoggedKind, slot: number): string {
  return ['logItem', caller.tenantId, caller.objectId, message.conversationId ?? '', message.messageId, kind, String(slot)].join('|');
}

/**
 * Stores a log of a message at most once per slot (see {@link DEDUPE_SLOT_MS}): it is created
 * under the slot's idempotency key, where racing retries meet; early in a slot the previous
 * slot's key is looked up first. If the first item was deleted since, a new one is made.
 */
export async function oncePerMessage<Stored>(caller: Caller, message: SourceMessage, kind: LoggedKind, write: KeyedWrite<Stored>): Promise<Stored> {
  const partition = personalPartition(caller);
  const now = Date.now();
  const slot = Math.floor(now / DEDUPE_SLOT_MS);
  if (now - slot * DEDUPE_SLOT_MS < DEDUPE_GRACE_MS) {
    try {
      const earlier = await write.find(partition, dedupeKey(caller, message, kind, slot - 1));
      if (earlier !== undefined) return earlier;
    } catch (error) {
      if (!(error instanceof ItemNotFoundError)) throw error;
    }
  }
  try {
    return await write.create(dedupeKey(caller, message, kind, slot));
  } catch (error) {
    // The key's first item was deleted since: this log is a new one.
    if (!(error instanceof ItemNotFoundError)) throw error;
    return write.create(undefined);
  }
}
