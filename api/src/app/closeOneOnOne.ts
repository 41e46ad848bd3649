import { utcDateOf } from '../domain/calendarDates';
import { needsSameDayConfirmation, withOutcomes } from '../domain/closeSafety';
import type { Caller } from '../domain/identity';
import { closeOneOnOneResultSchema, HISTORY_ID, MAX_CLOSE_ITEMS, oneOnOneRecordSchema, recordDataSchema, recordSummarySchema, type CloseOneOnOneInput, type OneOnOneRecord, type RecordSummary } from '../domain/oneOnOne';
import { planClose } from '../domain/oneOnOneAgenda';
import { snapshotOf } from '../domain/oneOnOneTable';
import { VersionConflictError, type StoredRecord } from '../store/errors';
import { MAX_TRANSACTION_OPERATIONS, newItemId, type PartitionStore, type PartitionWrite } from '../store/partitionStore';
import { callerPerson, type OpenChat } from './chatAccess';
import { loadAgenda, loadSpace } from './chatSpace';
import { ConflictError, StaleVersionError, useCase } from './errors';
import { KIND } from '../domain/kinds';
import type { Logger, Services } from './services';

function toRecord(record: StoredRecord): OneOnOneRecord {
  return oneOnOneRecordSchema.parse({ ...recordDataSchema.parse(record.data), id: record.id });
}

function toSummary(record: OneOnOneRecord): RecordSummary {
  return recordSummarySchema.parse(record);
}

/** The close result: the record and the agenda as it now stands. */
async function closeResult(shared: PartitionStore, partition: string, record: OneOnOneRecord) {
  return closeOneOnOneResultSchema.parse({ record, agenda: (await loadAgenda(shared, partition)).agenda });
}

/**
 * Removes the rows a close filed away. They are already off the agenda (marked with the
 * record's id, inside the close's transaction); deleting them only keeps the partition small,
 * so a failure here is logged and the next close sweeps them up.
 */
async function sweepFiled(shared: PartitionStore, partition: string, ids: readonly string[], log: Logger): Promise<void> {
  try {
    for (let start = 0; start < ids.length; start += MAX_TRANSACTION_OPERATIONS) {
      const chunk = ids.slice(start, start + MAX_TRANSACTION_OPERATIONS);
      await shared.transact(partition, chunk.map((id): PartitionWrite => ({ op: 'delete', kind: KIND.agenda, id })));
    }
  } catch (error) {
    log.error('Could not remove filed agenda items', error);
  }
}

/**
 * Closes the 1:1: the agenda becomes a dated record and every item not discussed carries
 * over, marked. `key` makes a retry return the same record; `input.agendaVersion` is the
 * agenda the closer saw, and a changed agenda refuses the close with the current one. Atomic.
 */
export const closeOneOnOne = useCase(async (services: Services, caller: Caller, chat: OpenChat, input: CloseOneOnOneInput, key: string) => {
  const { partition } = chat;
  const shared = services.shared;
  /** The record this key made, if any: a retry, or a twin of this request that got there first. */
  const sameClose = async () => {
    const earlier = await shared.findByIdempotencyKey(partition, KIND.record, key);
    return earlier === undefined ? undefined : closeResult(shared, partition, toRecord(earlier));
  };
  const earlier = await sameClose();
  if (earlier !== undefined) return earlier;

  const { agenda, history, filedIds } = await loadAgenda(shared, partition);
  if (agenda.version !== input.agendaVersion) {
    // A changed agenda may be this very close, done by a twin since the check above.
    const twin = await sameClose();
    if (twin !== undefined) return twin;
    throw new StaleVersionError(agenda);
  }
  if (agenda.items.length > MAX_CLOSE_ITEMS) {
    throw new ConflictError('agenda_too_large', 'The agenda is too long to close in one go.', `Remove items until at most ${MAX_CLOSE_ITEMS} are left.`);
  }
  const date = input.date ?? utcDateOf();
  if (needsSameDayConfirmation(history?.history, date, input.confirmed === true)) {
    // The tab turns this into a question and, if the closer means it, sends confirmed: true.
    throw new ConflictError(
      'closed_same_day',
      'A 1:1 was already closed on this day.',
      `Closing again files a second record dated ${date} and carries what is still open over again. Send confirmed: true to close anyway.`,
    );
  }
  // What was shared is read live from its owners; the record keeps it as it stands now.
  const snapshot = snapshotOf(await loadSpace(services, caller, chat.chatId, date));
  const recordId = newItemId();
  const plan = planClose({
    items: withOutcomes(agenda.items, input.outcomes),
    recordId,
    date,
    closedAt: new Date().toISOString(),
    closedBy: callerPerson(caller),
    history: history?.history,
  });
  // One transaction: every item is rewritten under its ETag and the history row under its
  // own, so a concurrent edit or a second close fails this one instead of being lost.
  const writes: PartitionWrite[] = [
    { op: 'create', kind: KIND.record, id: recordId, data: { ...plan.record, shared: snapshot } },
    { op: 'idempotency', kind: KIND.record, key, id: recordId },
    history === undefined
      ? { op: 'create', kind: KIND.history, id: HISTORY_ID, data: plan.history }
      : { op: 'replace', kind: KIND.history, id: HISTORY_ID, data: plan.history, etag: history.record.etag, createdAt: history.record.createdAt },
    ...[...plan.carried, ...plan.filed].map(
      ({ item, data }): PartitionWrite => ({ op: 'replace', kind: KIND.agenda, id: item.id, data, etag: item.etag, createdAt: item.createdAt }),
    ),
  ];
  try {
    await shared.transact(partition, writes);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    // The same close racing itself (double click, retry) lost to its twin: answer with the twin's record.
    const twin = await sameClose();
    if (twin !== undefined) return twin;
    throw new StaleVersionError((await loadAgenda(shared, partition)).agenda);
  }
  await sweepFiled(shared, partition, [...filedIds, ...plan.filed.map(({ item }) => item.id)], services.log);
  return closeResult(shared, partition, { ...plan.record, shared: snapshot, id: recordId });
});

/** Past 1:1s of the chat, newest first, a page at a time. */
export const listRecords = useCase(async (services: Services, chat: OpenChat, page: { limit: number; cursor?: string | undefined }) => {
  const found = await services.shared.list(chat.partition, KIND.record, page.limit, page.cursor);
  return { items: found.items.map((record) => toSummary(toRecord(record))), nextCursor: found.nextCursor };
});

/** One past 1:1: its agenda as it was closed. */
export const getRecord = useCase(async (services: Services, chat: OpenChat, id: string): Promise<OneOnOneRecord> =>
  toRecord(await services.shared.get(chat.partition, KIND.record, id)),
);
