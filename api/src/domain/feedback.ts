import { z } from 'zod';
import { idSchema, isoDateSchema, LIMITS, longTextSchema, shortTextSchema, storedFieldsSchema, titleSchema } from './common';
import { addDays, daysBetween } from './calendarDates';
import { messageSourceSchema } from './source';
import type { CommitmentStatus } from './commitments';

// Feedback I asked for or was given: what was said, by whom, about which of my items, and
// what I did with it. Private to its owner: only the owner's own agenda adds share any of it.

/** Where a piece of feedback came from: written by hand, saved from a 1:1, or logged from a message. */
export const FEEDBACK_ORIGINS = ['byHand', 'oneOnOne', 'message'] as const;
export type FeedbackOrigin = (typeof FEEDBACK_ORIGINS)[number];

/** The items feedback can be about. */
export const FEEDBACK_ABOUT_KINDS = ['goal', 'win', 'commitment'] as const;
export type FeedbackAboutKind = (typeof FEEDBACK_ABOUT_KINDS)[number];

/** Most commitments one piece of feedback links to; acting on it is a few steps, not a project plan. */
export const MAX_FEEDBACK_COMMITMENTS = 10;

/** The item of mine the feedback is about. */
export const feedbackAboutSchema = z.object({ kind: z.enum(FEEDBACK_ABOUT_KINDS), id: idSchema }).strict();
export type FeedbackAbout = z.infer<typeof feedbackAboutSchema>;

/**
 * How I closed it: acted on (what changed, and when) or set aside (why). Absent while it is
 * open or being acted on; the status rule ({@link feedbackStatus}) derives the rest.
 */
export const feedbackResolutionSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('actedOn'), on: isoDateSchema, note: longTextSchema.trim().min(1, 'Say what changed.') }).strict(),
  z.object({ state: z.literal('setAside'), on: isoDateSchema, reason: longTextSchema.trim().min(1, 'Say why you set it aside.') }).strict(),
]);
export type FeedbackResolution = z.infer<typeof feedbackResolutionSchema>;

const feedbackEntryShape = {
  /** Who gave it. Private: it reaches a 1:1 only when I choose to name them there. */
  giver: shortTextSchema.min(1, 'Say who gave it.'),
  receivedOn: isoDateSchema,
  text: longTextSchema.trim().min(1, 'Write what they said.'),
  /** The question I asked, if it answered one. */
  question: longTextSchema.max(LIMITS.title, `At most ${LIMITS.title} characters.`).default(''),
  about: feedbackAboutSchema.optional(),
  /** Praise, which I may also keep as a win. */
  praise: z.boolean().default(false),
  origin: z.enum(FEEDBACK_ORIGINS).default('byHand'),
};

/** What a user writes about feedback they received, checked before anything is written (also by the message extension). */
export const feedbackInputSchema = z
  .object({ ...feedbackEntryShape, resolution: feedbackResolutionSchema.optional() })
  .strict()
  .refine((input) => input.resolution === undefined || input.resolution.on >= input.receivedOn, {
    message: 'Pick a day on or after the day you received it.',
    path: ['resolution', 'on'],
  });
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

/** A stored piece of feedback. `commitmentIds` and `source` are set by the server only. */
export const feedbackSchema = z.object({
  ...storedFieldsSchema.shape,
  giver: z.string(),
  receivedOn: z.string(),
  text: z.string(),
  question: z.string(),
  about: z.object({ kind: z.enum(FEEDBACK_ABOUT_KINDS), id: z.string() }).optional(),
  praise: z.boolean(),
  origin: z.enum(FEEDBACK_ORIGINS),
  resolution: z
    .discriminatedUnion('state', [
      z.object({ state: z.literal('actedOn'), on: z.string(), note: z.string() }),
      z.object({ state: z.literal('setAside'), on: z.string(), reason: z.string() }),
    ])
    .optional(),
  /** The commitments I made to act on it; each names this feedback back (`fromFeedbackId`). */
  commitmentIds: z.array(z.string()).default([]),
  source: messageSourceSchema.optional(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** Turn feedback into one or more commitments of mine. */
export const actOnFeedbackInputSchema = z
  .object({
    commitments: z
      .array(z.object({ title: titleSchema, dueDate: isoDateSchema.optional() }).strict())
      .min(1, 'Add at least one commitment.')
      .max(MAX_FEEDBACK_COMMITMENTS, `At most ${MAX_FEEDBACK_COMMITMENTS} commitments.`),
  })
  .strict();
export type ActOnFeedbackInput = z.infer<typeof actOnFeedbackInputSchema>;

/** Put a feedback question on the next 1:1's agenda, or "Tell them what changed" for acted-on feedback. */
export const tellWhatChangedInputSchema = z
  .object({
    feedbackId: idSchema,
    /** Whether the agenda item names who gave it; off unless I choose, since the other person may not be them. */
    nameGiver: z.boolean().default(false),
  })
  .strict();
export type TellWhatChangedInput = z.infer<typeof tellWhatChangedInputSchema>;

/** Whether an agenda item's answer can be saved as feedback: "Ask for feedback" put it there. Who may is `savesAsEmployee`'s rule. */
export function isFeedbackQuestion(item: { readonly feedbackQuestion?: boolean | undefined }): boolean {
  return item.feedbackQuestion === true;
}

/** What saving the answer to anything but a feedback question is told. */
export const NOT_A_FEEDBACK_QUESTION = 'Only a question asking for feedback can be saved as feedback.';

/** Save an outcome of a feedback question discussed in the 1:1 as feedback, in one step. */
export const agendaFeedbackInputSchema = z
  .object({
    text: longTextSchema.trim().min(1, 'Write what they said.'),
    /** The day of the 1:1, in my calendar. */
    receivedOn: isoDateSchema,
  })
  .strict();
export type AgendaFeedbackInput = z.infer<typeof agendaFeedbackInputSchema>;

export const FEEDBACK_STATUSES = ['open', 'acting', 'actedOn', 'setAside'] as const;
/** Open (nothing done yet), acting on it (linked commitments open), acted on (with what changed), set aside (with why). */
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

type Linked = { readonly id: string; readonly status: CommitmentStatus };

/** The linked commitments that still exist, in the order they were made. */
function linkedOf(feedback: Pick<Feedback, 'commitmentIds'>, commitments: readonly Linked[]): Linked[] {
  const byId = new Map(commitments.map((commitment) => [commitment.id, commitment]));
  return feedback.commitmentIds.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The status rule. A resolution I wrote wins; otherwise any linked commitment still open means
 * I am acting on it, and feedback whose commitments are all done or dropped (or that has none)
 * is open until I say what changed.
 */
export function feedbackStatus(feedback: Pick<Feedback, 'commitmentIds' | 'resolution'>, commitments: readonly Linked[]): FeedbackStatus {
  if (feedback.resolution !== undefined) return feedback.resolution.state;
  return linkedOf(feedback, commitments).some((commitment) => commitment.status === 'open') ? 'acting' : 'open';
}

/** What marking feedback acted on is told while one of its commitments is still open. */
export const COMMITMENTS_STILL_OPEN = 'Finish or drop its commitments first: one is still open.';

/** Whether the resolution may be written: "acted on" means every linked commitment is done or dropped. */
export function actedOnRefusal(resolution: FeedbackResolution | undefined, feedback: Pick<Feedback, 'commitmentIds'>, commitments: readonly Linked[]): string | undefined {
  if (resolution?.state !== 'actedOn') return undefined;
  return linkedOf(feedback, commitments).some((commitment) => commitment.status === 'open') ? COMMITMENTS_STILL_OPEN : undefined;
}

/** How far back the figure looks, in days. */
export const FIGURE_WINDOW_DAYS = 180;

/** The personal tab's figure: feedback acted on in the last 180 days and the median days from received to acted on. */
export const feedbackFigureSchema = z.object({
  actedOn: z.number().int(),
  /** Absent when nothing was acted on in the window: no figure rather than a made-up one. */
  medianDaysToAct: z.number().optional(),
});
export type FeedbackFigure = z.infer<typeof feedbackFigureSchema>;

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return undefined;
  const lower = sorted[middle - 1];
  return sorted.length % 2 === 1 || lower === undefined ? upper : (lower + upper) / 2;
}

/** Feedback acted on from `today` minus {@link FIGURE_WINDOW_DAYS} to `today` (my calendar date), and how long each took. */
export function feedbackFigure(feedback: readonly Pick<Feedback, 'receivedOn' | 'resolution'>[], today: string): FeedbackFigure {
  const since = addDays(today, -FIGURE_WINDOW_DAYS);
  const days = feedback.flatMap((item) =>
    item.resolution?.state === 'actedOn' && item.resolution.on > since && item.resolution.on <= today ? [Math.max(0, daysBetween(item.receivedOn, item.resolution.on))] : [],
  );
  const middle = median(days);
  return { actedOn: days.length, ...(middle === undefined ? {} : { medianDaysToAct: middle }) };
}

/** One piece of feedback on the Feedback screen: with its status and the commitments made for it. */
export const feedbackEntrySchema = z.object({
  feedback: feedbackSchema,
  status: z.enum(FEEDBACK_STATUSES),
  commitments: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), dueDate: z.string().optional() })),
  /** The title of the item it is about, while that item exists. */
  aboutTitle: z.string().optional(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/** One of my goals, wins and commitments, as the pickers of "about which item" offer it. */
export const feedbackItemSchema = z.object({ kind: z.enum(FEEDBACK_ABOUT_KINDS), id: z.string(), title: z.string() });
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;

/** `GET /me/feedback/summary`: every piece of feedback with its status, newest received first, the figure, and the items feedback can be about. */
export const feedbackSummarySchema = z.object({ entries: z.array(feedbackEntrySchema), figure: feedbackFigureSchema, items: z.array(feedbackItemSchema) });
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

/** `?today=YYYY-MM-DD`: only the tab knows the caller's calendar date. */
export const feedbackSummaryQuerySchema = z.object({ today: isoDateSchema.optional() });

/** Longest quote of the feedback, and of the giver's name, an agenda title carries, so the title stays within its limit. */
const QUOTE_MAX = 110;
const GIVER_MAX = 40;

function cut(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** The agenda item "Tell them what changed" adds: the suggestion, and what I changed as its notes. Names the giver only when asked to. */
export function whatChangedAgendaItem(feedback: Pick<Feedback, 'text' | 'giver' | 'resolution'>, nameGiver: boolean): { title: string; notes: string } | undefined {
  if (feedback.resolution?.state !== 'actedOn') return undefined;
  const who = nameGiver ? `${cut(feedback.giver, GIVER_MAX)}, you` : 'You';
  return { title: `${who} suggested “${cut(feedback.text, QUOTE_MAX)}”; here is what I changed`, notes: feedback.resolution.note };
}
