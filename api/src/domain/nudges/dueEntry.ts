import { z } from 'zod';
import { isoDateSchema } from '../common';
import { COMMITMENT_NUDGES } from './commitmentNudges';

/** The index row's current shape. Version 1 (commitment reminders only, no version column) is upgraded on read. */
export const DUE_ENTRY_VERSION = 2;

const common = {
  schemaVersion: z.literal(DUE_ENTRY_VERSION),
  nudgeId: z.string().min(1),
  tenantId: z.string().min(1),
  objectId: z.string().min(1),
  /** The calendar date the nudge is about: the commitment's due date, the 1:1's date, the update's due date, the wins day. */
  occurrence: isoDateSchema,
  sendAt: z.string(),
};

/**
 * One nudge due in a bucket of the index of due work, and the message the sweep queues for
 * the sender: whose, which kind, about what (`subjectId`: the commitment id, the chat id;
 * the user themselves for the kinds that are about no one item), for which occurrence.
 */
export const dueEntrySchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('commitmentDue'), subjectId: z.string().min(1), nudge: z.enum(COMMITMENT_NUDGES) }).strict(),
  z.object({ ...common, kind: z.literal('oneOnOneTomorrow'), subjectId: z.string().min(1) }).strict(),
  z.object({ ...common, kind: z.literal('updateDue'), subjectId: z.literal('me') }).strict(),
  z.object({ ...common, kind: z.literal('weeklyWins'), subjectId: z.literal('me') }).strict(),
]);

export type DueEntry = z.infer<typeof dueEntrySchema>;
export type CommitmentDueEntry = Extract<DueEntry, { kind: 'commitmentDue' }>;
export type RecurringDueEntry = Exclude<DueEntry, CommitmentDueEntry>;

/** Version 1: a commitment reminder, as rows and queued messages were written before recurring nudges. */
const dueEntryV1Schema = z.object({
  nudgeId: z.string().min(1),
  tenantId: z.string().min(1),
  objectId: z.string().min(1),
  commitmentId: z.string().min(1),
  nudge: z.enum(COMMITMENT_NUDGES),
  dueDate: isoDateSchema,
  sendAt: z.string(),
});

/** Only the entry's own fields: Table Storage adds its keys, timestamp and ETag to a row. */
function own(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => field in row).map((field) => [field, row[field]]));
}

const V2_FIELDS = ['schemaVersion', 'nudgeId', 'tenantId', 'objectId', 'occurrence', 'sendAt', 'kind', 'subjectId', 'nudge'];

/**
 * Reads an index row or a queued message of any version: version 2 as it is, version 1 (no
 * `schemaVersion`) upgraded to a `commitmentDue` entry with the same nudge id, so a reminder
 * filed or queued before the upgrade is still sent, and still sent once.
 */
export function readDueEntry(row: unknown): z.ZodSafeParseResult<DueEntry> {
  if (typeof row !== 'object' || row === null) return dueEntrySchema.safeParse(row);
  const fields = row as Record<string, unknown>;
  if (fields.schemaVersion !== undefined) return dueEntrySchema.safeParse(own(fields, V2_FIELDS));
  const old = dueEntryV1Schema.safeParse(own(fields, Object.keys(dueEntryV1Schema.shape)));
  if (!old.success) return dueEntrySchema.safeParse(own(fields, V2_FIELDS));
  const { commitmentId, dueDate, ...rest } = old.data;
  return dueEntrySchema.safeParse({ ...rest, schemaVersion: DUE_ENTRY_VERSION, kind: 'commitmentDue', subjectId: commitmentId, occurrence: dueDate });
}
