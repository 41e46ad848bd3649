import { z } from 'zod';
import { chatMemberSchema, type ChatMember } from './chat';
import { COMMITMENT_STATUSES, type Commitment } from './commitments';
import { idSchema, isoDateSchema, longTextSchema, pageOf, storedFieldsSchema, titleSchema } from './common';
import { QUESTION_IDS, questionById, questionSchema } from './questionBank';
import type { Win } from './wins';

/**
 * Most items one agenda takes. Closing a 1:1 rewrites every item plus three rows in one
 * Table transaction (at most 100 operations, see {@link MAX_CLOSE_ITEMS}); 40 keeps the
 * page readable and leaves ample room for adds that race past the check.
 */
export const MAX_AGENDA_ITEMS = 40;
/** Most items one close can take: 100 transaction operations minus the record, the history row and the idempotency marker. */
export const MAX_CLOSE_ITEMS = 97;
/**
 * Shared wins and commitments are read live from each member's own partition. A 1:1 chat
 * has two members; past this many the chat is not a 1:1 and no personal items are read.
 */
export const MAX_SHARING_MEMBERS = 10;
/** How many past 1:1s the space lists; the full history is paged. */
export const RECENT_RECORDS = 5;
/** Most shared wins and most shared commitments the space returns, newest or most urgent first. */
export const MAX_SHARED_ITEMS = 50;
export const OUTCOME_MAX = 1000;
export const COMMENT_MAX = 2000;
/** The id of the one history row per chat (a valid item id, so the store can address it). */
export const HISTORY_ID = '0'.repeat(26);

/** Someone who did something in the shared space, as named when they did it. */
export const personSchema = z.object({ objectId: z.string(), name: z.string() });
export type Person = z.infer<typeof personSchema>;

export const AGENDA_ITEM_KINDS = ['topic', 'question'] as const;

/** How often an item has moved on unresolved, and from which 1:1 it came last. */
export const carriedOverSchema = z.object({ times: z.number().int().min(1), from: z.string() });

const agendaFields = {
  title: z.string(),
  notes: z.string(),
  /** A question to ask (from the bank or written by hand) or any other talking point. */
  kind: z.enum(AGENDA_ITEM_KINDS),
  /** Set when the item was picked from the question bank. */
  questionId: z.enum(QUESTION_IDS).optional(),
  addedBy: personSchema,
  /** Sort key; any number, only the order matters. A move rewrites only the moved item. */
  position: z.number(),
  discussed: z.boolean(),
  outcome: z.string(),
  carriedOver: carriedOverSchema.optional(),
};

/**
 * An agenda item as stored. `closedIn` marks an item that a close has filed into a record:
 * it is no longer on the agenda and is removed shortly after (see the close route).
 */
export const agendaItemDataSchema = z.object({ ...agendaFields, closedIn: idSchema.optional() });
export type AgendaItemData = z.infer<typeof agendaItemDataSchema>;

/** An agenda item as the API returns it. */
export const agendaItemSchema = z.object({ ...storedFieldsSchema.shape, ...agendaFields });
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** Add a talking point: a title, or a question picked from the bank (which supplies the title). */
export const agendaItemInputSchema = z
  .object({
    title: titleSchema.optional(),
    notes: longTextSchema.default(''),
    kind: z.enum(AGENDA_ITEM_KINDS).default('topic'),
    questionId: z.enum(QUESTION_IDS).optional(),
  })
  .strict()
  .refine((input) => (input.title === undefined) !== (input.questionId === undefined), {
    message: 'Write a title or pick a question from the bank.',
    path: ['title'],
  });
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

/** Edit an agenda item: the whole editable state, sent with the version it was based on. */
export const agendaItemUpdateSchema = z
  .object({
    title: titleSchema,
    notes: longTextSchema.default(''),
    discussed: z.boolean().default(false),
    outcome: longTextSchema.max(OUTCOME_MAX, `At most ${OUTCOME_MAX} characters.`).default(''),
  })
  .strict();
export type AgendaItemUpdate = z.infer<typeof agendaItemUpdateSchema>;

/** Move an item one step, or drop it after another item (`afterId: null` puts it first). */
export const agendaMoveSchema = z.union([
  z.object({ direction: z.enum(['up', 'down']) }).strict(),
  z.object({ afterId: idSchema.nullable() }).strict(),
]);
export type AgendaMove = z.infer<typeof agendaMoveSchema>;

/** The agenda in order. `version` changes with any change to it; closing requires the version the closer saw. */
export const agendaSchema = z.object({
  version: z.string(),
  items: z.array(agendaItemSchema),
  maxItems: z.number().int(),
});
export type Agenda = z.infer<typeof agendaSchema>;

/** A member's comment on a commitment someone shared. */
export const commitmentCommentInputSchema = z
  .object({
    commitmentId: idSchema,
    ownerObjectId: z
      .string()
      .regex(/^[0-9A-Za-z-]{1,64}$/, 'Not a user id.')
      .toLowerCase(),
    text: longTextSchema.trim().min(1, 'Required.').max(COMMENT_MAX, `At most ${COMMENT_MAX} characters.`),
  })
  .strict();
export type CommitmentCommentInput = z.infer<typeof commitmentCommentInputSchema>;

const commentFields = { commitmentId: z.string(), ownerObjectId: z.string(), text: z.string(), author: personSchema };
/** A comment as stored in the chat's partition. */
export const commitmentCommentDataSchema = z.object(commentFields);
export type CommitmentCommentData = z.infer<typeof commitmentCommentDataSchema>;
/** A comment as the API returns it. */
export const commitmentCommentSchema = z.object({ ...storedFieldsSchema.shape, ...commentFields });
export type CommitmentComment = z.infer<typeof commitmentCommentSchema>;

/** A commitment its owner chose to share in the 1:1: only what the page shows, never its details or source message. */
export const sharedCommitmentSchema = z.object({
  id: z.string(),
  ownerObjectId: z.string(),
  ownerName: z.string(),
  title: z.string(),
  status: z.enum(COMMITMENT_STATUSES),
  dueDate: z.string().optional(),
  doneOn: z.string().optional(),
  /** Open and due before today. */
  overdue: z.boolean(),
  comments: z.array(commitmentCommentSchema),
});
export type SharedCommitment = z.infer<typeof sharedCommitmentSchema>;

/** A win its owner chose to share in the 1:1. */
export const sharedWinSchema = z.object({
  id: z.string(),
  ownerObjectId: z.string(),
  ownerName: z.string(),
  title: z.string(),
  impact: z.string(),
  date: z.string(),
});
export type SharedWin = z.infer<typeof sharedWinSchema>;

/** An agenda item as it stood when the 1:1 was closed. */
export const recordItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string(),
  kind: z.enum(AGENDA_ITEM_KINDS),
  questionId: z.enum(QUESTION_IDS).optional(),
  addedBy: personSchema,
  discussed: z.boolean(),
  outcome: z.string(),
  carriedOver: carriedOverSchema.optional(),
});
export type RecordItem = z.infer<typeof recordItemSchema>;

/** One closed 1:1 in the history list. */
export const recordSummarySchema = z.object({
  id: z.string(),
  date: z.string(),
  closedAt: z.string(),
  closedBy: personSchema,
  itemCount: z.number().int(),
  discussedCount: z.number().int(),
  carriedOverCount: z.number().int(),
});
export type RecordSummary = z.infer<typeof recordSummarySchema>;

/** A closed 1:1: the dated agenda, with what was discussed and what moved on. */
export const oneOnOneRecordSchema = recordSummarySchema.extend({ items: z.array(recordItemSchema) });
export type OneOnOneRecord = z.infer<typeof oneOnOneRecordSchema>;
/** A record as stored (its id is the row's). */
export const recordDataSchema = oneOnOneRecordSchema.omit({ id: true });
export type RecordData = z.infer<typeof recordDataSchema>;

/** The history list, newest first, a page at a time. */
export const recordPageSchema = pageOf(recordSummarySchema);

/** The chat's one history row: the last 1:1 and the latest summaries, so the space needs no record query. */
export const historySchema = z.object({
  lastRecordId: z.string(),
  lastDate: z.string(),
  lastClosedAt: z.string(),
  recent: z.array(recordSummarySchema),
});
export type History = z.infer<typeof historySchema>;

/** Close the 1:1. `agendaVersion` is the agenda's version as the closer saw it. */
export const closeOneOnOneInputSchema = z
  .object({
    agendaVersion: z.string().min(1).max(200),
    /** The day of the 1:1 in the closer's calendar; today (UTC) when absent. */
    date: isoDateSchema.optional(),
  })
  .strict();
export type CloseOneOnOneInput = z.infer<typeof closeOneOnOneInputSchema>;

/** What a close returns: the record and the agenda that carries on. */
export const closeOneOnOneResultSchema = z.object({ record: oneOnOneRecordSchema, agenda: agendaSchema });

/** Query of the space call: the caller's local date, for the overdue flags. */
export const spaceQuerySchema = z.object({ today: isoDateSchema.optional() });

/** Everything the shared 1:1 tab shows, in one response. */
export const oneOnOneSpaceSchema = z.object({
  chatId: z.string(),
  today: z.string(),
  /** The caller's object id, to tell "me" from the other person. */
  me: z.string(),
  members: z.array(chatMemberSchema),
  agenda: agendaSchema,
  sharedCommitments: z.array(sharedCommitmentSchema),
  /** Shared wins since the last 1:1 (all shared wins before the first one). */
  sharedWins: z.array(sharedWinSchema),
  /** False when the chat has more than {@link MAX_SHARING_MEMBERS} members: then nothing personal is shown. */
  sharedItemsAvailable: z.boolean(),
  lastOneOnOne: z.object({ recordId: z.string(), date: z.string(), closedAt: z.string() }).nullable(),
  recentRecords: z.array(recordSummarySchema),
  questionBank: z.array(questionSchema),
  limits: z.object({ maxAgendaItems: z.number().int(), maxSharingMembers: z.number().int() }),
});
export type OneOnOneSpace = z.infer<typeof oneOnOneSpaceSchema>;

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

/** Open and due before `today` (both YYYY-MM-DD). */
export function isOverdue(commitment: Pick<Commitment, 'status' | 'dueDate'>, today: string): boolean {
  return commitment.status === 'open' && commitment.dueDate !== undefined && commitment.dueDate < today;
}

/** One member's own items, read from their partition. */
export interface MemberItems {
  readonly owner: ChatMember;
  readonly commitments: readonly Commitment[];
  readonly wins: readonly Win[];
}

type LastOneOnOne = Pick<History, 'lastDate' | 'lastClosedAt'> | undefined;

function commitmentRank(commitment: SharedCommitment): number {
  if (commitment.overdue) return 0;
  return commitment.status === 'open' ? 1 : 2;
}

/** Overdue first, then open by due date (undated last), then the finished ones. */
function compareSharedCommitments(a: SharedCommitment, b: SharedCommitment): number {
  return (
    commitmentRank(a) - commitmentRank(b) ||
    (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
    (b.doneOn ?? '').localeCompare(a.doneOn ?? '') ||
    a.title.localeCompare(b.title)
  );
}

/**
 * The commitments members shared in the 1:1, with the comments on them. Only items whose
 * owner ticked "share in my 1:1" appear. Open ones always show; done or dropped ones show
 * until the next 1:1 after they changed, so finishing something is seen once, then moves off.
 */
export function selectSharedCommitments(
  members: readonly MemberItems[],
  comments: readonly CommitmentComment[],
  last: LastOneOnOne,
  today: string,
): SharedCommitment[] {
  const byCommitment = new Map<string, CommitmentComment[]>();
  for (const comment of [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const key = `${comment.ownerObjectId}/${comment.commitmentId}`;
    byCommitment.set(key, [...(byCommitment.get(key) ?? []), comment]);
  }
  return members
    .flatMap(({ owner, commitments }) =>
      commitments
        .filter((commitment) => commitment.sharedInOneOnOne === true)
        .filter((commitment) => commitment.status === 'open' || last === undefined || commitment.updatedAt > last.lastClosedAt)
        .map(
          (commitment): SharedCommitment => ({
            id: commitment.id,
            ownerObjectId: owner.objectId,
            ownerName: owner.name,
            title: commitment.title,
            status: commitment.status,
            ...(commitment.dueDate === undefined ? {} : { dueDate: commitment.dueDate }),
            ...(commitment.doneOn === undefined ? {} : { doneOn: commitment.doneOn }),
            overdue: isOverdue(commitment, today),
            comments: byCommitment.get(`${owner.objectId}/${commitment.id}`) ?? [],
          }),
        ),
    )
    .sort(compareSharedCommitments)
    .slice(0, MAX_SHARED_ITEMS);
}

/**
 * The wins members shared, since the last 1:1: dated after it, or logged after it was
 * closed (a win written up late still gets its moment). Newest first.
 */
export function selectSharedWins(members: readonly MemberItems[], last: LastOneOnOne): SharedWin[] {
  return members
    .flatMap(({ owner, wins }) =>
      wins
        .filter((win) => win.sharedInOneOnOne === true)
        .filter((win) => last === undefined || win.date > last.lastDate || win.createdAt > last.lastClosedAt)
        .map((win) => ({ win, owner })),
    )
    .sort((a, b) => b.win.date.localeCompare(a.win.date) || b.win.createdAt.localeCompare(a.win.createdAt))
    .slice(0, MAX_SHARED_ITEMS)
    .map(({ win, owner }) => ({
      id: win.id,
      ownerObjectId: owner.objectId,
      ownerName: owner.name,
      title: win.title,
      impact: win.impact,
      date: win.date,
    }));
}
