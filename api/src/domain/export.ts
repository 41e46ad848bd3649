import { z } from 'zod';
import { commitmentSchema } from './commitments';
import { feedbackSchema } from './feedback';
import { headsUpDataSchema } from './headsUps/headsUp';
import { goalHelpSchema } from './goalHelp';
import { goalSchema } from './goals';
import { KIND, type KindName } from './kinds';
import { insightSchema, managerSchema, prioritySchema } from './manager/managerProfile';
import { agendaItemDataSchema, commitmentCommentDataSchema, recordItemSchema } from './oneOnOne';
import { managerActionSchema } from './oneOnOneShared';
import { updateSchema } from './progressUpdate/progressUpdates';
import { winSchema } from './wins';

// An export is a copy for the person to keep, not something to edit with: the ETag (a
// version for If-Match) means nothing outside this store, so it is left out.
const NO_VERSION = { etag: true } as const;

/** Everything in my own partition, one array per kind, each item as the API returns it minus its version. */
export const exportItemsSchema = z.object({
  goals: z.array(goalSchema.omit(NO_VERSION)),
  wins: z.array(winSchema.omit(NO_VERSION)),
  commitments: z.array(commitmentSchema.omit(NO_VERSION)),
  /** My profiles of my managers. */
  managers: z.array(managerSchema.omit(NO_VERSION)),
  /** What I noted about how my managers work. */
  insights: z.array(insightSchema.omit(NO_VERSION)),
  /** My managers' priorities, every profile's. */
  priorities: z.array(prioritySchema.omit(NO_VERSION)),
  /** Answers to "How I can help" on my shared goals. */
  goalHelp: z.array(goalHelpSchema.omit(NO_VERSION)),
  /** What my manager offered to do for me in our 1:1s. */
  askedOfManager: z.array(managerActionSchema.omit(NO_VERSION)),
  /** Feedback I received and what I did with it. */
  feedback: z.array(feedbackSchema.omit(NO_VERSION)),
  /** The progress updates I sent or copied: what, when, where. */
  updates: z.array(updateSchema.omit(NO_VERSION)),
});
export type ExportItems = z.infer<typeof exportItemsSchema>;

const writtenAt = { id: z.string(), createdAt: z.string(), updatedAt: z.string() };

/**
 * What I wrote in one chat's shared 1:1 space: talking points I added (on the agenda now, or
 * in the records of closed 1:1s), comments, and heads-ups I raised. The other person's own
 * entries are theirs and are not in it.
 */
export const exportOneOnOneSchema = z.object({
  chatId: z.string(),
  agendaItems: z.array(agendaItemDataSchema.omit({ position: true, closedIn: true }).extend(writtenAt)),
  /** Talking points I added, as filed in the record of the 1:1 (`recordId`) they were discussed in. */
  recordItems: z.array(recordItemSchema.extend({ recordId: z.string(), date: z.string() })),
  comments: z.array(commitmentCommentDataSchema.extend(writtenAt)),
  headsUps: z.array(headsUpDataSchema.omit({ card: true, cardClaim: true }).extend(writtenAt)),
});
export type ExportOneOnOne = z.infer<typeof exportOneOnOneSchema>;

/** `GET /me/export`: a download of all my own data, and what I wrote in the 1:1 chats I am in. */
export const exportSchema = z.object({
  exportedAt: z.iso.datetime(),
  /** Whose data it is, as the sign-in named them. */
  user: z.object({ tenantId: z.string(), objectId: z.string(), name: z.string() }),
  items: exportItemsSchema,
  /** One entry per 1:1 chat I am a member of. */
  oneOnOnes: z.array(exportOneOnOneSchema),
});
export type Export = z.infer<typeof exportSchema>;

/**
 * Where each kind that lives in a person's partition goes in {@link ExportItems}. Every kind
 * whose scope is not `chat` must be here (kinds' test checks it), so a new personal kind
 * cannot silently be left out of people's exports.
 */
export const EXPORT_GROUPS: Readonly<Partial<Record<KindName, keyof ExportItems>>> = {
  [KIND.goal]: 'goals',
  [KIND.win]: 'wins',
  [KIND.commitment]: 'commitments',
  [KIND.manager]: 'managers',
  [KIND.insight]: 'insights',
  [KIND.priority]: 'priorities',
  [KIND.goalHelp]: 'goalHelp',
  [KIND.managerAction]: 'askedOfManager',
  [KIND.feedback]: 'feedback',
  [KIND.update]: 'updates',
};

/** The download's file name for an export made at `exportedAt` (ISO time): `upward-export-YYYY-MM-DD.json`, the UTC day. */
export function exportFileName(exportedAt: string): string {
  return `upward-export-${exportedAt.slice(0, 10)}.json`;
}

/** The header `DELETE /me/data` requires, and the only value it accepts: deleting everything is never one stray click. */
export const DELETE_ALL_CONFIRMATION = { header: 'Upward-Confirm', value: 'delete-all-my-data' } as const;
