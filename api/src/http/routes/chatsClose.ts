import { listQueryOf } from '../../domain/common';
import { closeOneOnOneInputSchema, closeOneOnOneResultSchema, HISTORY_ID, MAX_CLOSE_ITEMS, oneOnOneRecordSchema, recordDataSchema, recordPageSchema, recordSummarySchema, type OneOnOneRecord, type RecordSummary } from '../../domain/oneOnOne';
import { planClose } from '../../domain/oneOnOneAgenda';
import { VersionConflictError, type StoredRecord } from '../../store/errors';
import { MAX_TRANSACTION_OPERATIONS, newItemId, type PartitionStore, type PartitionWrite } from '../../store/partitionStore';
import { parseBody, validate } from '../body';
import { HttpError, versionConflict } from '../errors';
import type { Logger } from '../services';
import type { UserRoute } from '../types';
import { callerPerson, idempotencyKeyHeader, itemIdParam, openChat } from './chatsAccess';
import { KINDS, loadAgenda, loadSpace } from './chatsSpace';
import { snapshotOf } from '../../domain/oneOnOneTable';

const recordsQuerySchema = listQueryOf(20, 50);

function toRecord(record: StoredRecord): OneOnOneRecord {
  return oneOnOneRecordSchema.parse({ ...recordDataSchema.parse(record.data), id: record.id });
}

function toSummary(record: OneOnOneRecord): RecordSummary {
  return recordSummarySchema.parse(record);
}

/** The close result: the record and the agenda as it now stands. */
async function closeResult(shared: PartitionStore, partition: string, record: OneOnOneRecord) {
  return { status: 201, body: closeOneOnOneResultSchema.parse({ record, agenda: (await loadAgenda(shared, partition)).agenda }) };
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
      await shared.transact(partition, chunk.map((id): PartitionWrite => ({ op: 'delete', kind: KINDS.agenda, id })));
    }
  } catch (error) {
    log.error('Could not remove filed agenda items', error);
  }
}

const closeRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/close',
  name: 'close-one-on-one',
  summary:
    'Close the 1:1: the agenda becomes a dated record and every item not discussed carries over, marked. Requires an Idempotency-Key (a retry returns the same record) and the agendaVersion the closer saw (a changed agenda gets 412 with the current one). Atomic.',
  auth: 'user',
  requestBody: closeOneOnOneInputSchema,
  responseBody: closeOneOnOneResultSchema,
  successStatus: 201,
  async handle(context) {
    const { chatId, partition } = await openChat(context);
    const key = idempotencyKeyHeader(context, 'required');
    const input = parseBody(context.request, closeOneOnOneInputSchema);
    const shared = context.services.shared;
    /** The record this key made, if any: a retry, or a twin of this request that got there first. */
    const sameClose = async () => {
      const earlier = await shared.findByIdempotencyKey(partition, KINDS.record, key);
      return earlier === undefined ? undefined : closeResult(shared, partition, toRecord(earlier));
    };
    const earlier = await sameClose();
    if (earlier !== undefined) return earlier;

    const { agenda, history, filedIds } = await loadAgenda(shared, partition);
    if (agenda.version !== input.agendaVersion) {
      // A changed agenda may be this very close, done by a twin since the check above.
      const twin = await sameClose();
      if (twin !== undefined) return twin;
      throw versionConflict(agenda);
    }
    if (agenda.items.length > MAX_CLOSE_ITEMS) {
      throw new HttpError(409, 'agenda_too_large', 'The agenda is too long to close in one go.', {
        detail: `Remove items until at most ${MAX_CLOSE_ITEMS} are left.`,
      });
    }
    const recordId = newItemId();
    // What was shared is read live from its owners; the record keeps it as it stands now.
    const snapshot = snapshotOf(await loadSpace(context.services, context.caller, chatId, partition, input.date ?? new Date().toISOString().slice(0, 10)));
    const plan = planClose({
      items: agenda.items,
      recordId,
      date: input.date ?? new Date().toISOString().slice(0, 10),
      closedAt: new Date().toISOString(),
      closedBy: callerPerson(context),
      history: history?.history,
    });
    // One transaction: every item is rewritten under its ETag and the history row under its
    // own, so a concurrent edit or a second close fails this one instead of being lost.
    const writes: PartitionWrite[] = [
      { op: 'create', kind: KINDS.record, id: recordId, data: { ...plan.record, shared: snapshot } },
      { op: 'idempotency', kind: KINDS.record, key, id: recordId },
      history === undefined
        ? { op: 'create', kind: KINDS.history, id: HISTORY_ID, data: plan.history }
        : { op: 'replace', kind: KINDS.history, id: HISTORY_ID, data: plan.history, etag: history.record.etag, createdAt: history.record.createdAt },
      ...[...plan.carried, ...plan.filed].map(
        ({ item, data }): PartitionWrite => ({ op: 'replace', kind: KINDS.agenda, id: item.id, data, etag: item.etag, createdAt: item.createdAt }),
      ),
    ];
    try {
      await shared.transact(partition, writes);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      // The same close racing itself (double click, retry) lost to its twin: answer with the twin's record.
      const twin = await sameClose();
      if (twin !== undefined) return twin;
      throw versionConflict((await loadAgenda(shared, partition)).agenda);
    }
    await sweepFiled(shared, partition, [...filedIds, ...plan.filed.map(({ item }) => item.id)], context.services.log);
    return closeResult(shared, partition, { ...plan.record, shared: snapshot, id: recordId });
  },
};

const listRecordsRoute: UserRoute = {
  method: 'GET',
  path: '/chats/{chatId}/records',
  name: 'list-one-on-one-records',
  summary: 'Past 1:1s of this chat, newest first, a page at a time.',
  auth: 'user',
  query: recordsQuerySchema,
  responseBody: recordPageSchema,
  async handle(context) {
    const { partition } = await openChat(context);
    const query = validate(recordsQuerySchema, Object.fromEntries(context.request.query));
    const page = await context.services.shared.list(partition, KINDS.record, query.limit, query.cursor);
    return { status: 200, body: { items: page.items.map((record) => toSummary(toRecord(record))), nextCursor: page.nextCursor } };
  },
};

const getRecordRoute: UserRoute = {
  method: 'GET',
  path: '/chats/{chatId}/records/{id}',
  name: 'get-one-on-one-record',
  summary: 'One past 1:1: its agenda as it was closed.',
  auth: 'user',
  responseBody: oneOnOneRecordSchema,
  async handle(context) {
    const { partition } = await openChat(context);
    const record = await context.services.shared.get(partition, KINDS.record, itemIdParam(context));
    return { status: 200, body: toRecord(record) };
  },
};

/** Closing a 1:1 and reading past ones. */
export const recordRoutes: UserRoute[] = [closeRoute, listRecordsRoute, getRecordRoute];
