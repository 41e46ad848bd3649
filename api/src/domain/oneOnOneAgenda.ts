import { questionById } from './questionBank';
import { agendaItemDataSchema, RECENT_RECORDS, type AgendaItem, type AgendaItemData, type AgendaItemInput, type AgendaItemUpdate, type AgendaMove, type History, type Person, type RecordData, type RecordItem, type RecordSummary } from './oneOnOne';

// The agenda's rules: its order, moving an item, and closing a 1:1 with carry-over. Pure.

type Ordered = Pick<AgendaItem, 'id' | 'position' | 'createdAt'>;

/** Agenda order: by position, then oldest first, then id, so every reader sees one order even when two adds race to the same position. */
export function compareAgendaItems(a: Ordered, b: Ordered): number {
  return a.position - b.position || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** A copy of the items in agenda order. */
export function orderAgenda<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareAgendaItems);
}

/** Where a new item goes: after the last one. */
export function nextPosition(items: readonly Pick<AgendaItem, 'position'>[]): number {
  return items.reduce((max, item) => Math.max(max, item.position + 1), 1);
}

/** The stored data of a new agenda item; a picked question supplies its own text as the title. */
export function newAgendaItemData(input: AgendaItemInput, addedBy: Person, position: number): AgendaItemData {
  const common = { notes: input.notes, addedBy, position, discussed: false, outcome: '' };
  if (input.questionId !== undefined) {
    return { ...common, title: questionById(input.questionId).text, kind: 'question', questionId: input.questionId };
  }
  if (input.title === undefined) throw new Error('The input schema requires a title or a question.');
  // A feedback question is a question, whatever kind was sent, so the 1:1 shows it as one.
  if (input.feedbackQuestion === true) return { ...common, title: input.title, kind: 'question', feedbackQuestion: true };
  return { ...common, title: input.title, kind: input.kind };
}

/** The editable fields replaced; who added it, its place and its history stay. */
export function applyAgendaUpdate(current: AgendaItemData, update: AgendaItemUpdate): AgendaItemData {
  return { ...current, ...update };
}

/** The stored data behind an item the API returned. */
export function agendaItemData(item: AgendaItem): AgendaItemData {
  // Parsing drops the server fields (id, times, ETag): zod objects strip unknown keys.
  return agendaItemDataSchema.parse(item);
}

/** What a move changes: usually only the moved item's position. */
export type MovePlan =
  | { readonly kind: 'moved'; readonly positions: ReadonlyMap<string, number> }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'unknown-item' }
  | { readonly kind: 'unknown-anchor' };

/** A number strictly between two neighbours, or undefined when floating point has no room left. */
function between(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after ?? 0) - 1;
  if (after === undefined) return before + 1;
  const middle = before + (after - before) / 2;
  return middle > before && middle < after ? middle : undefined;
}

/**
 * Plans a move in the agenda. The moved item gets a position between its new neighbours,
 * so a move rewrites one row and cannot clobber a concurrent edit of any other item. Only
 * when there is no number left between the neighbours (ties from racing adds, or very many
 * moves into one gap) is the whole agenda renumbered.
 */
export function planMove(items: readonly Ordered[], id: string, move: AgendaMove): MovePlan {
  const ordered = orderAgenda(items);
  const from = ordered.findIndex((item) => item.id === id);
  const moving = ordered[from];
  if (moving === undefined) return { kind: 'unknown-item' };
  const rest = ordered.filter((item) => item.id !== id);
  let to: number;
  if ('direction' in move) {
    to = move.direction === 'up' ? Math.max(0, from - 1) : Math.min(rest.length, from + 1);
  } else if (move.afterId === null) {
    to = 0;
  } else if (move.afterId === id) {
    return { kind: 'unchanged' };
  } else {
    const anchor = rest.findIndex((item) => item.id === move.afterId);
    if (anchor < 0) return { kind: 'unknown-anchor' };
    to = anchor + 1;
  }
  if (to === from) return { kind: 'unchanged' };
  const position = between(rest[to - 1]?.position, rest[to]?.position);
  if (position !== undefined) return { kind: 'moved', positions: new Map([[id, position]]) };
  const reordered = [...rest.slice(0, to), moving, ...rest.slice(to)];
  const positions = new Map<string, number>();
  reordered.forEach((item, index) => {
    if (item.position !== index + 1 || item.id === id) positions.set(item.id, index + 1);
  });
  return { kind: 'moved', positions };
}

/** What closing a 1:1 writes, all in one transaction. */
export interface ClosePlan {
  readonly record: RecordData;
  /** Open items: they stay on the agenda, marked as carried over. */
  readonly carried: readonly { readonly item: AgendaItem; readonly data: AgendaItemData }[];
  /** Discussed items: filed into the record and taken off the agenda. */
  readonly filed: readonly { readonly item: AgendaItem; readonly data: AgendaItemData }[];
  readonly history: History;
}

/**
 * Closes a 1:1: the agenda as it stands becomes a dated record; every item not discussed
 * carries over to the next agenda (keeping its place, notes and author), marked with how
 * often it has moved on; discussed items leave the agenda and live on in the record.
 */
export function planClose(input: {
  readonly items: readonly AgendaItem[];
  readonly recordId: string;
  readonly date: string;
  readonly closedAt: string;
  readonly closedBy: Person;
  readonly history: History | undefined;
}): ClosePlan {
  const ordered = orderAgenda(input.items);
  const recordItems: RecordItem[] = ordered.map((item) => ({
    id: item.id,
    title: item.title,
    notes: item.notes,
    kind: item.kind,
    ...(item.questionId === undefined ? {} : { questionId: item.questionId }),
    addedBy: item.addedBy,
    discussed: item.discussed,
    outcome: item.outcome,
    ...(item.carriedOver === undefined ? {} : { carriedOver: item.carriedOver }),
  }));
  const open = ordered.filter((item) => !item.discussed);
  const discussed = ordered.filter((item) => item.discussed);
  const summaryData = {
    date: input.date,
    closedAt: input.closedAt,
    closedBy: input.closedBy,
    itemCount: ordered.length,
    discussedCount: discussed.length,
    carriedOverCount: open.length,
  };
  const summary: RecordSummary = { id: input.recordId, ...summaryData };
  return {
    record: { ...summaryData, items: recordItems },
    carried: open.map((item) => ({
      item,
      data: { ...agendaItemData(item), carriedOver: { times: (item.carriedOver?.times ?? 0) + 1, from: input.date } },
    })),
    filed: discussed.map((item) => ({ item, data: { ...agendaItemData(item), closedIn: input.recordId } })),
    history: {
      lastRecordId: input.recordId,
      lastDate: input.date,
      lastClosedAt: input.closedAt,
      recent: [summary, ...(input.history?.recent ?? [])].slice(0, RECENT_RECORDS),
    },
  };
}
