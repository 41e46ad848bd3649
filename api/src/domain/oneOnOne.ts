import { z } from 'zod';
import { chatMemberSchema, personSchema } from './chat';
import { COMMITMENT_STATUSES } from './commitments';
import { idSchema, isoDateSchema, longTextSchema, pageOf, storedFieldsSchema, titleSchema } from './common';
import { QUESTION_IDS, questionSchema } from './questionBank';
import { chatSettingsSchema, rolesSchema } from './oneOnOneRoles';
import { headsUpSchema } from './headsUps/headsUp';
import { managerActionSchema, recordSnapshotSchema, sharedGoalSchema, winGoalSchema } from './oneOnOneShared';

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

// Defined beside the chat's members so the kinds of the space (heads-ups) can use it without importing this file.
export { personSchema, type Person } from './chat';

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
  /** A question asking for feedback ("Ask for feedback"): its outcome can be saved as the asker's feedback. */
  feedbackQuestion: z.boolean().optional(),
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
    /** Put on the agenda by "Ask for feedback": a question whose answer is feedback for the asker. */
    feedbackQuestion: z.boolean().optional(),
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
  evidenceUrl: z.string().optional(),
  goal: winGoalSchema.optional(),
});
export type SharedWin = z.infer<typeof sharedWinSchema>;

/** An agenda item as it stood when the 1:1 was closed: its fields without its place or filing mark. */
export const recordItemSchema = z.object({ id: z.string(), ...agendaItemDataSchema.omit({ position: true, closedIn: true }).shape });
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
export const oneOnOneRecordSchema = recordSummarySchema.extend({
  items: z.array(recordItemSchema),
  /** What was shared at the close, as it stood then; absent on records closed before it was kept. */
  shared: recordSnapshotSchema.optional(),
});
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
    /** The closer was told a 1:1 was already closed that day and closes again anyway. */
    confirmed: z.boolean().optional(),
    /** Outcomes filled in in the close dialog, applied in the close itself: an item's id and what became of it. */
    outcomes: z
      .array(z.object({ id: idSchema, discussed: z.boolean(), outcome: longTextSchema.max(OUTCOME_MAX, `At most ${OUTCOME_MAX} characters.`) }).strict())
      .max(MAX_CLOSE_ITEMS)
      .optional(),
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
  /** Who is the employee and who the manager; null until set (or once either has left the chat). */
  roles: rolesSchema.nullable(),
  /** The chat's settings: their version for the next change, the cadence and the next 1:1. */
  settings: chatSettingsSchema,
  /** The latest close, while it can still be undone. */
  undo: z.object({ recordId: z.string(), until: z.string() }).nullable(),
  /** Goals members shared, by horizon. */
  sharedGoals: z.array(sharedGoalSchema),
  /** Shared wins from before the last 1:1, newest first. */
  earlierSharedWins: z.array(sharedWinSchema),
  /** What the manager offered to do in this chat: open ones, and finished ones until the next close. */
  managerActions: z.array(managerActionSchema),
  /** Heads-ups the employee raised: undecided ones first (earliest decide-by first), then those decided since the last 1:1. */
  headsUps: z.array(headsUpSchema),
});
export type OneOnOneSpace = z.infer<typeof oneOnOneSpaceSchema>;
