import { z } from 'zod';
import { chatMemberSchema } from './chat';
import { idSchema, isoDateSchema, latestTodayAnywhere, storedFieldsSchema, titleSchema } from './common';
import { GOAL_HORIZONS, GOAL_STATUSES } from './goals';
import { COMMITMENT_STATUSES, FUTURE_DONE_MESSAGE } from './commitments';
import { snapshotHeadsUpSchema } from './headsUps/headsUp';

// What the 1:1 adds to what members shared: goals on the table, actions agreed in the 1:1
// and the snapshot a record keeps. Imported by oneOnOne.ts, so it never imports that file.

/** Most items of each kind a record's snapshot keeps, so a record stays well inside one storage property. */
export const MAX_SNAPSHOT_ITEMS = 25;

const objectIdSchema = z
  .string()
  .regex(/^[0-9A-Za-z-]{1,64}$/, 'Not a user id.')
  .toLowerCase();

/** A shared win that advanced a shared goal. */
export const goalWinSchema = z.object({ id: z.string(), title: z.string(), date: z.string() });

/** A goal its owner chose to share in the 1:1: horizon, progress, the shared wins that advanced it, and the manager's answer. */
export const sharedGoalSchema = z.object({
  id: z.string(),
  ownerObjectId: z.string(),
  ownerName: z.string(),
  title: z.string(),
  horizon: z.enum(GOAL_HORIZONS),
  targetDate: z.string().optional(),
  status: z.enum(GOAL_STATUSES),
  progress: z.number(),
  wins: z.array(goalWinSchema),
  /** "How I can help", as another member answered it; its etag is needed to change it. */
  help: z.object({ text: z.string(), author: chatMemberSchema, updatedAt: z.string(), etag: z.string() }).optional(),
});
export type SharedGoal = z.infer<typeof sharedGoalSchema>;

/** The goal a shared win names, when that goal is shared too (a private goal's title never leaves its owner). */
export const winGoalSchema = z.object({ id: z.string(), title: z.string() });

export const ACTION_STATUSES = ['open', 'done'] as const;

/** Turn an outcome of a talking point into a commitment of either member of the 1:1. */
export const actionInputSchema = z
  .object({
    agendaItemId: idSchema,
    /** Who will do it: the caller or the other member. */
    ownerObjectId: objectIdSchema,
    title: titleSchema,
    dueDate: isoDateSchema.optional(),
  })
  .strict();
export type ActionInput = z.infer<typeof actionInputSchema>;

const actionFields = {
  chatId: z.string(),
  /** The manager, who offered to do it. */
  owner: chatMemberSchema,
  /** The employee it was offered to, in whose partition it lives. */
  employee: chatMemberSchema,
  /** The talking point it came from, as titled then. */
  fromItem: z.object({ id: z.string(), title: z.string() }),
  title: z.string(),
  dueDate: z.string().optional(),
  status: z.enum(ACTION_STATUSES),
  doneOn: z.string().optional(),
};

/** A manager's action as stored: a row in the employee's own partition, so their personal tab reads it in its one query. */
export const managerActionDataSchema = z.object(actionFields);
export type ManagerActionData = z.infer<typeof managerActionDataSchema>;

/** A manager's action as the API returns it. */
export const managerActionSchema = z.object({ ...storedFieldsSchema.shape, ...actionFields });
export type ManagerAction = z.infer<typeof managerActionSchema>;

/** Mark a manager's action done or open again; sent with If-Match. */
export const actionStatusInputSchema = z
  .object({
    /** The employee the action was offered to (whose partition holds it). */
    employeeObjectId: objectIdSchema,
    status: z.enum(ACTION_STATUSES),
    doneOn: isoDateSchema.optional(),
  })
  .strict()
  .refine((input) => input.status !== 'done' || input.doneOn !== undefined, { message: 'Say when it was done.', path: ['doneOn'] })
  .refine((input) => input.status === 'done' || input.doneOn === undefined, { message: 'Only a done action has a done date.', path: ['doneOn'] })
  .refine((input) => input.doneOn === undefined || input.doneOn <= latestTodayAnywhere(), { message: FUTURE_DONE_MESSAGE, path: ['doneOn'] });
export type ActionStatusInput = z.infer<typeof actionStatusInputSchema>;

/** What turning an outcome into an action made: the employee's own commitment, or the manager's action. */
export const actionResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('commitment'), id: z.string(), ownerObjectId: z.string(), title: z.string(), dueDate: z.string().optional() }),
  z.object({ kind: z.literal('managerAction'), action: managerActionSchema }),
]);
export type ActionResult = z.infer<typeof actionResultSchema>;

/** A shared commitment as a record keeps it. */
export const snapshotCommitmentSchema = z.object({
  ownerName: z.string(),
  title: z.string(),
  status: z.enum(COMMITMENT_STATUSES),
  dueDate: z.string().optional(),
  doneOn: z.string().optional(),
});
/** A shared win as a record keeps it. */
export const snapshotWinSchema = z.object({
  ownerName: z.string(),
  title: z.string(),
  date: z.string(),
  evidenceUrl: z.string().optional(),
  goalTitle: z.string().optional(),
});
/** A manager's action as a record keeps it. */
export const snapshotActionSchema = z.object({
  ownerName: z.string(),
  title: z.string(),
  status: z.enum(ACTION_STATUSES),
  dueDate: z.string().optional(),
});

/** What was shared when the 1:1 closed, as it stood then. Records closed before this existed read as empty. */
export const recordSnapshotSchema = z.object({
  commitments: z.array(snapshotCommitmentSchema),
  wins: z.array(snapshotWinSchema),
  actions: z.array(snapshotActionSchema),
  /** Heads-ups as they stood at the close, with their decisions; absent on records closed before heads-ups existed. */
  headsUps: z.array(snapshotHeadsUpSchema).optional(),
});
export type RecordSnapshot = z.infer<typeof recordSnapshotSchema>;
export const EMPTY_SNAPSHOT: RecordSnapshot = { commitments: [], wins: [], actions: [] };
