import { canUndo, historyWithout } from '../domain/closeSafety';
import { HISTORY_ID, recordDataSchema, type Agenda, type AgendaItemData, type RecordItem } from '../domain/oneOnOne';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import type { PartitionStore, PartitionWrite } from '../store/partitionStore';
import { KINDS, loadAgenda } from '../http/routes/chatsSpace';

/** What an undo came to. */
export type UndoResult =
  | { readonly kind: 'undone'; readonly agenda: Agenda }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'too-late' }
  | { readonly kind: 'not-latest' }
  /** An item the close carried over was edited since: undoing would lose that edit. */
  | { readonly kind: 'changed'; readonly title: string };

async function findRecord(shared: PartitionStore, partition: string, id: string): Promise<StoredRecord | undefined> {
  try {
    return await shared.get(partition, KINDS.record, id);
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
export async function undoClose(deps: { readonly shared: PartitionStore }, partition: string, recordId: string, now: Date): Promise<UndoResult> {
  const { shared } = deps;
  const [row, rows] = await Promise.all([findRecord(shared, partition, recordId), shared.listKinds(partition, [KINDS.agenda, KINDS.history])]);
  if (row === undefined) return { kind: 'not-found' };
  const record = recordDataSchema.parse(row.data);
  const historyRow = rows.get(KINDS.history)?.[0];
  const history = historyRow?.data as { lastRecordId?: string } | undefined;
  if (historyRow === undefined || history?.lastRecordId !== recordId) return { kind: 'not-latest' };
  if (!canUndo(record.closedAt, now)) return { kind: 'too-late' };

  const agendaRows = new Map((rows.get(KINDS.agenda) ?? []).map((agendaRow) => [agendaRow.id, agendaRow]));
  const writes: PartitionWrite[] = [{ op: 'delete', kind: KINDS.record, id: recordId }];
  for (const [index, item] of record.items.entries()) {
    const data = restored(item, index + 1 - record.items.length);
    const current = agendaRows.get(item.id);
    if (current === undefined) {
      writes.push({ op: 'create', kind: KINDS.agenda, id: item.id, data });
      continue;
    }
    const currentData = current.data as AgendaItemData;
    if (currentData.closedIn === undefined && !untouchedSinceClose(currentData, item)) return { kind: 'changed', title: item.title };
    writes.push({ op: 'replace', kind: KINDS.agenda, id: item.id, data, etag: current.etag, createdAt: current.createdAt });
  }
  const earlier = historyWithout(historyRow.data as Parameters<typeof historyWithout>[0], recordId);
  writes.push(
    earlier === undefined
      ? { op: 'delete', kind: KINDS.history, id: HISTORY_ID }
      : { op: 'replace', kind: KINDS.history, id: HISTORY_ID, data: earlier, etag: historyRow.etag, createdAt: historyRow.createdAt },
  );
  try {
    await shared.transact(partition, writes);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    // A twin undo got there first: the record is gone and the agenda is back.
    if ((await findRecord(shared, partition, recordId)) === undefined) return { kind: 'undone', agenda: (await loadAgenda(shared, partition)).agenda };
    return { kind: 'changed', title: record.items[0]?.title ?? '' };
  }
  return { kind: 'undone', agenda: (await loadAgenda(shared, partition)).agenda };
}
