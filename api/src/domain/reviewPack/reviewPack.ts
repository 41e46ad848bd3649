import { z } from 'zod';
import { addDays, daysBetween } from '../calendarDates';
import { followThroughOver } from '../commitmentRules';
import type { Commitment } from '../commitments';
import type { Feedback } from '../feedback';
import { idSchema, isoDateSchema } from '../common';
import type { Goal } from '../goals';
import type { Win } from '../wins';

/** The longest period a pack covers: two years of reviews is already a career story. */
export const MAX_PERIOD_DAYS = 731;

/** How many items a pack can leave out by id; a download link stores the list, so it is bounded. */
export const MAX_LEFT_OUT = 800;

/** `POST /me/review-pack`: which period, which goals' wins (all when absent), and what to leave out. */
export const reviewPackRequestSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    /** The caller's calendar date: an open commitment due today or later does not count against them yet. */
    today: isoDateSchema,
    goalIds: z.array(idSchema).max(100).optional(),
    /** Wins and commitments picked out of the pack. The follow-through figure still counts them: dropping a line does not improve the figure. */
    leaveOut: z.array(idSchema).max(MAX_LEFT_OUT).default([]),
  })
  .strict()
  .refine((request) => request.from <= request.to, { message: 'The period ends before it starts.', path: ['to'] })
  .refine((request) => request.from > request.to || daysBetween(request.from, request.to) < MAX_PERIOD_DAYS, {
    message: `Pick a period of at most ${String(MAX_PERIOD_DAYS - 1)} days.`,
    path: ['from'],
  });
export type ReviewPackRequest = z.output<typeof reviewPackRequestSchema>;

const packWinSchema = z.object({ id: z.string(), title: z.string(), date: z.string(), impact: z.string(), evidenceUrl: z.string().optional() });
const packFeedbackSchema = z.object({ id: z.string(), receivedOn: z.string(), actedOn: z.string(), text: z.string(), whatChanged: z.string() });
const packCommitmentSchema = z.object({ id: z.string(), title: z.string(), toWhom: z.string(), dueDate: z.string().optional(), doneOn: z.string(), onTime: z.boolean() });

/** The pack: wins by goal, commitments kept, and follow-through, for one period. */
export const reviewPackSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Whose pack it is, as the sign-in names them. */
  owner: z.string(),
  /** One group per goal with wins in the period, in goal order; wins of no (listed) goal last, under `goal: null`. */
  goals: z.array(
    z.object({
      goal: z.object({ id: z.string(), title: z.string(), status: z.string(), progress: z.number() }).nullable(),
      wins: z.array(packWinSchema),
    }),
  ),
  /** Commitments done in the period, oldest first. */
  commitmentsKept: z.array(packCommitmentSchema),
  /** Feedback I acted on in the period, oldest first: what was suggested and what I changed. Never who gave it: that stays mine. */
  feedbackActedOn: z.array(packFeedbackSchema),
  /** Over commitments due in the period (see followThroughOver), whatever was left out of the lists. */
  followThrough: z.object({ due: z.number(), doneOnTime: z.number(), rate: z.number().nullable() }),
});
export type ReviewPack = z.infer<typeof reviewPackSchema>;
export type PackWin = z.infer<typeof packWinSchema>;
export type PackCommitment = z.infer<typeof packCommitmentSchema>;
export type PackFeedback = z.infer<typeof packFeedbackSchema>;

/** What a pack is made from: the owner's goals, wins, commitments and feedback. */
export interface PackSources {
  readonly owner: string;
  readonly goals: readonly Goal[];
  readonly wins: readonly Win[];
  readonly commitments: readonly Commitment[];
  readonly feedback: readonly Feedback[];
}

const within = (date: string | undefined, request: ReviewPackRequest) => date !== undefined && date >= request.from && date <= request.to;
const oldestFirst = <T extends { readonly date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

/** Builds the pack for a request: wins grouped by goal with dates, impact and evidence; commitments kept; follow-through; feedback acted on. */
export function buildReviewPack(sources: PackSources, request: ReviewPackRequest): ReviewPack {
  const leftOut = new Set(request.leaveOut);
  const goalFilter = request.goalIds === undefined ? undefined : new Set(request.goalIds);
  const goalsById = new Map(sources.goals.map((goal) => [goal.id, goal]));
  const groups = new Map<string | null, PackWin[]>();
  for (const win of sources.wins) {
    if (!within(win.date, request) || leftOut.has(win.id)) continue;
    if (goalFilter !== undefined && (win.goalId === undefined || !goalFilter.has(win.goalId))) continue;
    const key = win.goalId !== undefined && goalsById.has(win.goalId) ? win.goalId : null;
    const group = groups.get(key) ?? [];
    group.push({ id: win.id, title: win.title, date: win.date, impact: win.impact, ...(win.evidenceUrl === undefined ? {} : { evidenceUrl: win.evidenceUrl }) });
    groups.set(key, group);
  }
  const goals: ReviewPack['goals'] = sources.goals
    .filter((goal) => groups.has(goal.id))
    .map((goal) => ({ goal: { id: goal.id, title: goal.title, status: goal.status, progress: goal.progress }, wins: (groups.get(goal.id) ?? []).sort(oldestFirst) }));
  const ungrouped = groups.get(null);
  if (ungrouped !== undefined) goals.push({ goal: null, wins: ungrouped.sort(oldestFirst) });

  const commitmentsKept = sources.commitments
    .filter((commitment) => commitment.status === 'done' && within(commitment.doneOn, request) && !leftOut.has(commitment.id))
    .map((commitment) => ({
      id: commitment.id,
      title: commitment.title,
      toWhom: commitment.toWhom,
      ...(commitment.dueDate === undefined ? {} : { dueDate: commitment.dueDate }),
      doneOn: commitment.doneOn ?? request.to,
      onTime: commitment.dueDate === undefined || (commitment.doneOn ?? request.to) <= commitment.dueDate,
    }))
    .sort((a, b) => a.doneOn.localeCompare(b.doneOn));
  const feedbackActedOn = sources.feedback.flatMap((item) =>
    item.resolution?.state === 'actedOn' && within(item.resolution.on, request) && !leftOut.has(item.id)
      ? [{ id: item.id, receivedOn: item.receivedOn, actedOn: item.resolution.on, text: item.text, whatChanged: item.resolution.note }]
      : [],
  );
  feedbackActedOn.sort((a, b) => a.actedOn.localeCompare(b.actedOn));
  const figure = followThroughOver(sources.commitments, request.from, request.to, request.today);
  return { from: request.from, to: request.to, owner: sources.owner, goals, commitmentsKept, feedbackActedOn, followThrough: { due: figure.due, doneOnTime: figure.doneOnTime, rate: figure.rate } };
}

/** The periods the tab offers: the last full calendar quarter or half before `today`. */
export function lastPeriod(kind: 'quarter' | 'half', today: string): { from: string; to: string } {
  const [year = 0, month = 1] = today.split('-').map(Number);
  const size = kind === 'quarter' ? 3 : 6;
  const startOfCurrent = Math.floor((month - 1) / size) * size;
  const startMonth = startOfCurrent - size;
  const fromYear = startMonth < 0 ? year - 1 : year;
  const fromMonth = ((startMonth + 12) % 12) + 1;
  const from = `${String(fromYear)}-${String(fromMonth).padStart(2, '0')}-01`;
  const to = addDays(`${String(year)}-${String(startOfCurrent + 1).padStart(2, '0')}-01`, -1);
  return { from, to };
}

/** The pack's file name for a format: `upward-review-2026-07-01-to-2026-09-30.docx`. */
export function reviewPackFileName(pack: Pick<ReviewPack, 'from' | 'to'>, extension: 'docx' | 'md' | 'html'): string {
  return `upward-review-${pack.from}-to-${pack.to}.${extension}`;
}
