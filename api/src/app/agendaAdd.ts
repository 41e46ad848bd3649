import { setTimeout as sleep } from 'node:timers/promises';
import type { Caller } from '../domain/identity';
import { HISTORY_ID, MAX_AGENDA_ITEMS, type AgendaItem, type AgendaItemInput } from '../domain/oneOnOne';
import { newAgendaItemData, nextPosition } from '../domain/oneOnOneAgenda';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import { newItemId, type PartitionStore, type PartitionWrite } from '../store/partitionStore';
import { callerPerson, type OpenChat } from './chatAccess';
import { loadAgenda, toAgendaItem } from './chatSpace';
import { ConflictError, NotFoundError, useCase } from './errors';
import { KIND } from '../domain/kinds';
import type { Services } from './services';

/** How long an add keeps retrying against concurrent adds before it answers 409 agenda_busy. */
const ADD_DEADLINE_MS = 30_000;
/** The random pause between attempts doubles from this up to {@link MAX_BACKOFF_MS}, so racing adds spread out. */
const FIRST_BACKOFF_MS = 10;
const MAX_BACKOFF_MS = 400;

/** What an add did: made the item (a retry with the same key gets the same answer), or found the question already on the agenda. */
export interface AgendaAdd {
  readonly outcome: 'created' | 'already-on-agenda';
  readonly item: AgendaItem;
}

function added(outcome: AgendaAdd['outcome'], record: StoredRecord | AgendaItem): AgendaAdd {
  const item = 'data' in record ? toAgendaItem(record) : record;
  if (item === undefined) throw new NotFoundError();
  return { outcome, item };
}

/** The chat's add-guard row, if any add has happened yet. */
async function guardRow(shared: PartitionStore, partition: string): Promise<StoredRecord | undefined> {
  try {
    return await shared.get(partition, KIND.agendaGuard, HISTORY_ID);
  } catch (error) {
    if (error instanceof ItemNotFoundError) return undefined;
    throw error;
  }
}

/** The adds of this instance waiting their turn, by chat partition. */
const turns = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier add of this instance to the same chat has settled. Racing
 * adds then cost one round each instead of a storm of lost transactions; correctness does
 * not rest on it (other instances race through the guard row), only speed under a burst.
 */
function inTurn<T>(partition: string, work: () => Promise<T>): Promise<T> {
  const result = (turns.get(partition) ?? Promise.resolve()).then(work);
  const settled = result.catch(() => undefined);
  turns.set(partition, settled);
  void settled.then(() => {
    if (turns.get(partition) === settled) turns.delete(partition);
  });
  return result;
}

const full = () => new ConflictError('agenda_full', 'The agenda is full.', `An agenda holds at most ${MAX_AGENDA_ITEMS} items. Remove or close some first.`);

/**
 * Adds a talking point (or a question from the bank) at the end of the agenda. The count
 * check and the create are one atomic step: every add
 * rewrites the chat's guard row under the ETag it read *before* counting, in the same
 * transaction as the new item. Two adds that counted the same agenda cannot both commit, so
 * the loser counts again and the agenda never passes its maximum. Removals do not touch the
 * guard: they only make a count too high, which at worst refuses an add that raced them.
 * A retry with the same idempotency key, or a question already on the agenda, returns that item.
 */
export const addAgendaItem = useCase((services: Services, caller: Caller, chat: OpenChat, input: AgendaItemInput, key: string | undefined): Promise<AgendaAdd> =>
  inTurn(chat.partition, () => addWithRetries(services, caller, chat.partition, input, key)),
);

/** Counts and adds under the guard row, again while concurrent adds win the race, until the deadline. */
async function addWithRetries(services: Services, caller: Caller, partition: string, input: AgendaItemInput, key: string | undefined): Promise<AgendaAdd> {
  const shared = services.shared;
  const earlierAdd = async () => (key === undefined ? undefined : shared.findByIdempotencyKey(partition, KIND.agenda, key));
  const deadline = Date.now() + ADD_DEADLINE_MS;
  let backoff = FIRST_BACKOFF_MS;
  do {
    const earlier = await earlierAdd();
    if (earlier !== undefined) return added('created', earlier);
    const guard = await guardRow(shared, partition);
    const { agenda } = await loadAgenda(shared, partition);
    const sameQuestion = input.questionId === undefined ? undefined : agenda.items.find((item) => item.questionId === input.questionId);
    if (sameQuestion !== undefined) return added('already-on-agenda', sameQuestion);
    if (agenda.items.length >= MAX_AGENDA_ITEMS) throw full();
    const id = newItemId();
    const writes: PartitionWrite[] = [
      { op: 'create', kind: KIND.agenda, id, data: newAgendaItemData(input, callerPerson(caller), nextPosition(agenda.items)) },
      ...(key === undefined ? [] : [{ op: 'idempotency', kind: KIND.agenda, key, id } as const]),
      guard === undefined
        ? { op: 'create', kind: KIND.agendaGuard, id: HISTORY_ID, data: {} }
        : { op: 'replace', kind: KIND.agendaGuard, id: HISTORY_ID, data: {}, etag: guard.etag, createdAt: guard.createdAt },
    ];
    try {
      await shared.transact(partition, writes);
      return added('created', await shared.get(partition, KIND.agenda, id));
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
    }
    await sleep(Math.random() * backoff);
    backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
  } while (Date.now() < deadline);
  throw new ConflictError('agenda_busy', 'The agenda is being changed by someone else right now. Try again.');
}
