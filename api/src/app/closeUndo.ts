import { canUndo, historyWithout } from '../domain/closeSafety';
import { KIND } from '../domain/kinds';
import { HISTORY_ID, type Agenda, type AgendaItemData, type History, type RecordData, type RecordItem } from '../domain/oneOnOne';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import type { PartitionStore, PartitionWrite } from '../store/partitionStore';
import type { OpenChat } from './chatAccess';
import { loadAgenda } from './chatSpace';
import { ConflictError, NotFoundError, useCase } from './errors';
import type { Services } from './services';

/** An item the close carried over was edited since: undoing would lose that edit. */
function changedSince(title: string): ConflictError {
  return new ConflictError('undo_conflict', 'The agenda changed since this close, so it cannot be undone.', `“${title}” was changed after the close.`);
}

async function findRecord(shared: PartitionStore, partition: string, id: string): Promise<StoredRecord | undefined> {
  try {
    return await shared.get(partition, KIND.record, id);
  } catch (error) {
    if (error instanceof ItemNotFoundError) return undefined;
    throw error;
  }
}

/** The agenda row an item was before the close, placed by its order in the record. */
function restored(item: RecordItem, position: number): AgendaItemData {
  return {
    title: item.title,
    notes: item.notes,
    kind: item.kind,
    ...(item.questionId === undefined ? {} : { questionId: item.questionId }),
    addedBy: item.addedBy,
    position,
    discussed: item.discussed,
    outcome: item.outcome,
    ...(item.carriedOver === undefined ? {} : { carriedOver: item.carriedOver }),
  };
}

/** True when a carried-over row is still exactly what the close made of the item. */
function untouchedSinceClose(row: AgendaItemData, item: RecordItem): boolean {
  return row.title === item.title && row.notes === item.notes && !row.discussed && row.outcome === '';
}

/**
 * Takes back the latest close while it is recent: the record goes, the history row steps
 * back, and every item returns to the agenda as the record holds it (discussed, outcome,
 * earlier carry-over), in the record's order ahead of anything added since. One transaction,
 * conditional on every row it rewrites, so an edit made meanwhile fails the undo instead of
 * being lost.
 */
export const undoClose = useCase(async (services: Services, chat: OpenChat, recordId: string, now: Date): Promise<Agenda> => {
  const { shared } = services;
  const { partition } = chat;
  const [row, rows] = await Promise.all([findRecord(shared, partition, recordId), shared.listKinds(partition, [KIND.agenda, KIND.history])]);
  if (row === undefined) throw new NotFoundError();
  // The store checked both rows against their kinds' schemas on read.
  const record = row.data as RecordData;
  const historyRow = rows.get(KIND.history)?.[0];
  const history = historyRow?.data as History | undefined;
  if (historyRow === undefined || history === undefined || history.lastRecordId !== recordId) throw new ConflictError('undo_not_latest', 'Only the latest close can be undone.');
  if (!canUndo(record.closedAt, now)) throw new ConflictError('undo_expired', 'This close can no longer be undone.', 'A close can be undone for 10 minutes.');

  const agendaRows = new Map((rows.get(KIND.agenda) ?? []).map((agendaRow) => [agendaRow.id, agendaRow]));
  const writes: PartitionWrite[] = [{ op: 'delete', kind: KIND.record, id: recordId }];
  for (const [index, item] of record.items.entries()) {
    const data = restored(item, index + 1 - record.items.length);
    const current = agendaRows.get(item.id);
    if (current === undefined) {
      writes.push({ op: 'create', kind: KIND.agenda, id: item.id, data });
      continue;
    }
    const currentData = current.data as AgendaItemData;
    if (currentData.closedIn === undefined && !untouchedSinceClose(currentData, item)) throw changedSince(item.title);
    writes.push({ op: 'replace', kind: KIND.agenda, id: item.id, data, etag: current.etag, createdAt: current.createdAt });
  }
  const earlier = historyWithout(history, recordId);
  writes.push(
    earlier === undefined
      ? { op: 'delete', kind: KIND.history, id: HISTORY_ID }
      : { op: 'replace', kind: KIND.history, id: HISTORY_ID, data: earlier, etag: historyRow.etag, createdAt: historyRow.createdAt },
  );
  try {
    await shared.transact(partition, writes);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    // A twin undo got there first: the record is gone and the agenda is back.
    if ((await findRecord(shared, partition, recordId)) === undefined) return (await loadAgenda(shared, partition)).agenda;
    throw changedSince(record.items[0]?.title ?? '');
  }
  return (await loadAgenda(shared, partition)).agenda;
});
