import { z } from 'zod';
import { isoDateSchema, longTextSchema, storedFieldsSchema, titleSchema } from '../common';
import { personSchema, type Person } from '../chat';

// A heads-up: the employee raises a problem early, with options, in the shared 1:1 space,
// and the manager decides once. Pure: the contract and the rules a decision follows.

/** Fewest and most options a heads-up offers: one option is not a choice, more than five is not a decision. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 5;
/** Most heads-ups the space lists (undecided ones and those decided since the last 1:1). */
export const MAX_LISTED_HEADS_UPS = 20;

/** One way out of the risk and what it costs. */
export const headsUpOptionSchema = z.object({ title: titleSchema, cost: longTextSchema.trim().min(1, 'Say what this option costs.') }).strict();
export type HeadsUpOption = z.infer<typeof headsUpOptionSchema>;

/** Raise a heads-up: the risk, by when, what it affects, two to five options, the one I recommend and a decide-by date. */
export const headsUpInputSchema = z
  .object({
    risk: titleSchema,
    byWhen: isoDateSchema,
    affects: longTextSchema.trim().min(1, 'Say what this affects.'),
    options: z
      .array(headsUpOptionSchema)
      .min(MIN_OPTIONS, `Give at least ${MIN_OPTIONS} options.`)
      .max(MAX_OPTIONS, `Give at most ${MAX_OPTIONS} options.`),
    /** Index into `options` of the option I recommend. */
    recommended: z.number().int().min(0),
    decideBy: isoDateSchema,
  })
  .strict()
  .refine((input) => input.recommended < input.options.length, { message: 'Recommend one of the options.', path: ['recommended'] });
export type HeadsUpInput = z.infer<typeof headsUpInputSchema>;

/** What the manager decided: one of the options, or to talk it through first. */
export const decisionChoiceSchema = z.discriminatedUnion('choice', [
  z.object({ choice: z.literal('option'), option: z.number().int().min(0), createCommitment: z.boolean().default(false) }).strict(),
  z.object({ choice: z.literal('talk') }).strict(),
]);
export type DecisionChoice = z.infer<typeof decisionChoiceSchema>;

/** The decision as recorded: the choice, who made it and when; `commitmentId` once the commitment that carries it out exists. */
export const decisionSchema = z.object({
  choice: z.enum(['option', 'talk']),
  option: z.number().int().min(0).optional(),
  createCommitment: z.boolean(),
  commitmentId: z.string().optional(),
  by: personSchema,
  at: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

const headsUpFields = {
  risk: z.string(),
  byWhen: z.string(),
  affects: z.string(),
  options: z.array(z.object({ title: z.string(), cost: z.string() })),
  recommended: z.number().int(),
  decideBy: z.string(),
  raisedBy: personSchema,
  decision: decisionSchema.nullable(),
};

/**
 * A heads-up as stored in the chat's partition; `card` is the activity of the card posted in
 * the chat, once posted. `cardClaim` is held (`token`, since `at`) while one request posts the
 * card later, so a second request at the same time posts no twin (absent on older rows).
 */
export const headsUpDataSchema = z.object({
  ...headsUpFields,
  card: z.object({ activityId: z.string() }).nullable(),
  cardClaim: z.object({ token: z.string(), at: z.string() }).optional(),
});
export type HeadsUpData = z.infer<typeof headsUpDataSchema>;

/**
 * A heads-up as the API returns it; `overdue` is undecided and past its decide-by date (the
 * viewer's today); `cardPosted` says whether its card is in the chat (the employee can post it
 * later when it is not).
 */
export const headsUpSchema = z.object({ ...storedFieldsSchema.shape, ...headsUpFields, overdue: z.boolean(), cardPosted: z.boolean() });
export type HeadsUp = z.infer<typeof headsUpSchema>;

/** What a heads-up looks like in a closed 1:1's record. */
export const snapshotHeadsUpSchema = z.object({
  risk: z.string(),
  decideBy: z.string(),
  raisedBy: z.string(),
  /** The option chosen, "Talk it through" or empty while undecided. */
  decision: z.string(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
});
export type SnapshotHeadsUp = z.infer<typeof snapshotHeadsUpSchema>;

/** A new heads-up's stored body: nothing decided yet, no card posted yet. */
export function newHeadsUpData(input: HeadsUpInput, raisedBy: Person): HeadsUpData {
  return { ...input, raisedBy, decision: null, card: null };
}

/** Undecided and its decide-by date is before `today`: it stands out for both people. */
export function isOverdue(data: Pick<HeadsUpData, 'decision' | 'decideBy'>, today: string): boolean {
  return data.decision === null && data.decideBy < today;
}

/** Why a choice cannot be recorded on this heads-up, or undefined when it can. */
export function choiceProblem(data: Pick<HeadsUpData, 'options'>, choice: DecisionChoice): 'no-such-option' | undefined {
  return choice.choice === 'option' && choice.option >= data.options.length ? 'no-such-option' : undefined;
}

/** The decision `by` makes at `at`. */
export function decide(choice: DecisionChoice, by: Person, at: Date): Decision {
  return choice.choice === 'option'
    ? { choice: 'option', option: choice.option, createCommitment: choice.createCommitment, by, at: at.toISOString() }
    : { choice: 'talk', createCommitment: false, by, at: at.toISOString() };
}

/** The decision in words: the option's title, or "Talk it through". */
export function decisionText(data: Pick<HeadsUpData, 'options' | 'decision'>): string {
  const decision = data.decision;
  if (decision === null) return '';
  if (decision.choice === 'talk') return 'Talk it through';
  return data.options[decision.option ?? -1]?.title ?? '';
}

/**
 * The space lists every undecided heads-up and those decided since the last 1:1 was closed
 * (so a decision shows until the record that files it): undecided first, earliest decide-by
 * first, then the decided ones, newest decision first.
 */
export function listedHeadsUps<T extends Pick<HeadsUpData, 'decision' | 'decideBy'>>(items: readonly T[], lastClosedAt: string | undefined): T[] {
  const open = items.filter((item) => item.decision === null).sort((a, b) => a.decideBy.localeCompare(b.decideBy));
  const decided = items
    .filter((item) => item.decision !== null && (lastClosedAt === undefined || item.decision.at > lastClosedAt))
    .sort((a, b) => (b.decision?.at ?? '').localeCompare(a.decision?.at ?? ''));
  return [...open, ...decided].slice(0, MAX_LISTED_HEADS_UPS);
}

/** The heads-ups as a close files them. */
export function snapshotHeadsUps(items: readonly HeadsUp[]): SnapshotHeadsUp[] {
  return items.map((item) => ({
    risk: item.risk,
    decideBy: item.decideBy,
    raisedBy: item.raisedBy.name,
    decision: decisionText(item),
    ...(item.decision === null ? {} : { decidedBy: item.decision.by.name, decidedAt: item.decision.at }),
  }));
}

/** "Decision needed by Dec 10" (with the year when it is not `today`'s). */
export function decideByText(decideBy: string, today: string): string {
  const date = new Date(`${decideBy}T00:00:00Z`);
  const sameYear = decideBy.slice(0, 4) === today.slice(0, 4);
  const text = date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC', ...(sameYear ? {} : { year: 'numeric' }) });
  return `Decision needed by ${text}`;
}
