import { z } from 'zod';
import { chatIdSchema } from '../chat';
import { isoDateSchema, latestTodayAnywhere, longTextSchema, storedFieldsSchema, titleSchema } from '../common';
import { UPDATE_SECTIONS } from './draftUpdate';
import { UPDATE_CADENCES } from './updateCadence';

/** Quick bullets or detail; numbers first or story first: the manager's format, switchable before sending. */
export const updateStyleSchema = z.object({ format: z.enum(['bullets', 'detail']), order: z.enum(['numbersFirst', 'storyFirst']) }).strict();

/** `GET /me/updates/draft`: a style other than the profile's, and the 1:1 chat it will go to (for its heads-ups). */
export const draftQuerySchema = z
  .object({
    format: z.enum(['bullets', 'detail']).optional(),
    order: z.enum(['numbersFirst', 'storyFirst']).optional(),
    chatId: chatIdSchema.optional(),
    today: isoDateSchema.optional(),
  })
  .strict();
export type DraftQuery = z.infer<typeof draftQuerySchema>;

const sectionSchema = z.enum(UPDATE_SECTIONS);

/** A line of the draft: `included` false means it is offered, private to me until I pick it. */
export const draftLineSchema = z.object({ id: z.string(), section: sectionSchema, text: z.string(), included: z.boolean() });

/** The draft of my next update, written from what changed since the last one I sent. */
export const updateDraftSchema = z.object({
  /** Date of the last update sent, or null for a first update. */
  since: z.string().nullable(),
  today: z.string(),
  style: updateStyleSchema,
  styleFromProfile: z.boolean(),
  managerName: z.string().nullable(),
  title: z.string(),
  lines: z.array(draftLineSchema),
});
export type UpdateDraft = z.infer<typeof updateDraftSchema>;

/** Most lines an update can carry: beyond this it is a report, not an update (and the body stays under its 16 KiB). */
export const MAX_UPDATE_LINES = 40;
/** Most characters in one line as sent. */
export const MAX_LINE_LENGTH = 300;

/** A line as I kept or edited it. */
export const sentLineSchema = z
  .object({ section: sectionSchema, text: longTextSchema.trim().min(1, 'A line cannot be empty: drop it instead.').max(MAX_LINE_LENGTH, `At most ${String(MAX_LINE_LENGTH)} characters.`) })
  .strict();

/** Where an update went: posted by the bot into a 1:1 chat, or copied as text or Markdown for an email. */
export const updateDestinationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chat'), chatId: chatIdSchema }).strict(),
  z.object({ kind: z.literal('copied'), as: z.enum(['text', 'markdown']) }).strict(),
]);
export type UpdateDestination = z.infer<typeof updateDestinationSchema>;

/** `POST /me/updates`: send (or record as copied) the lines I kept, in the style I chose. */
export const sendUpdateInputSchema = z
  .object({
    to: updateDestinationSchema,
    title: titleSchema,
    style: updateStyleSchema,
    lines: z.array(sentLineSchema).min(1, 'Keep at least one line.').max(MAX_UPDATE_LINES, `At most ${String(MAX_UPDATE_LINES)} lines.`),
    /** The sender's calendar date (only the tab knows it); UTC's otherwise. The next draft starts after it, so it cannot be in the future. */
    today: isoDateSchema.refine((date) => date <= latestTodayAnywhere(), 'That date has not come yet anywhere.').optional(),
  })
  .strict();
export type SendUpdateInput = z.infer<typeof sendUpdateInputSchema>;

/** A sent update as it is stored: what went, when, where. */
export const updateFieldsSchema = z.object({
  to: updateDestinationSchema,
  title: z.string(),
  style: updateStyleSchema,
  lines: z.array(z.object({ section: sectionSchema, text: z.string() })),
  /** The sender's calendar date when it went out: the next draft starts after it. */
  sentOn: z.string(),
  /** Whether the bot's card reached the chat (a chat without the bot gets none; the update is kept either way). */
  posted: z.boolean(),
});
export const updateSchema = z.object({ ...storedFieldsSchema.shape, ...updateFieldsSchema.shape });
export type Update = z.infer<typeof updateSchema>;

/** When the next update is due and how consistent I have been, from the cadence in my manager's profile. */
export const updateCadenceStatusSchema = z.object({
  cadence: z.enum(UPDATE_CADENCES),
  weekday: z.number(),
  nextDue: z.string(),
  overdue: z.boolean(),
  onTime: z.number(),
  periods: z.array(z.object({ start: z.string(), end: z.string(), due: z.string(), onTime: z.boolean() })),
});

/** `GET /me/updates`: the updates I sent, newest first, and the cadence figure (null without a cadence in the profile). */
export const updatesViewSchema = z.object({
  managerName: z.string().nullable(),
  updates: z.array(updateSchema),
  cadence: updateCadenceStatusSchema.nullable(),
});
export type UpdatesView = z.infer<typeof updatesViewSchema>;
