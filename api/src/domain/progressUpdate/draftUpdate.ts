import { addDays } from '../calendarDates';
import { DUE_SOON_DAYS, followThroughOver } from '../commitmentRules';
import type { Commitment } from '../commitments';
import type { Feedback } from '../feedback';
import type { Goal } from '../goals';
import type { Win } from '../wins';

/** How the manager likes to read an update (the profile's `format` and `order` choices). */
export interface UpdateStyle {
  readonly format: 'bullets' | 'detail';
  readonly order: 'numbersFirst' | 'storyFirst';
}

/** Without a preference in the profile: short, and the figures first. */
export const DEFAULT_UPDATE_STYLE: UpdateStyle = { format: 'bullets', order: 'numbersFirst' };

/** The parts of an update, each under its own heading. */
export const UPDATE_SECTIONS = ['numbers', 'done', 'slipped', 'comingUp', 'headsUps', 'wins', 'goals', 'feedback'] as const;
export type UpdateSection = (typeof UPDATE_SECTIONS)[number];

/** The headings, as the update says them. */
export const SECTION_HEADINGS: Record<UpdateSection, string> = {
  numbers: 'In numbers',
  done: 'Done',
  slipped: 'Slipped',
  comingUp: 'Coming up',
  headsUps: 'Heads-ups and decisions',
  wins: 'Wins',
  goals: 'Goals',
  feedback: 'Feedback I acted on',
};

const ORDERS: Record<UpdateStyle['order'], readonly UpdateSection[]> = {
  numbersFirst: ['numbers', 'done', 'slipped', 'comingUp', 'headsUps', 'wins', 'goals', 'feedback'],
  storyFirst: ['wins', 'goals', 'done', 'feedback', 'headsUps', 'slipped', 'comingUp', 'numbers'],
};

/** One line of the draft. `included` starts false for what is private to me: it leaves only if I pick it. */
export interface DraftLine {
  /** `kind:id` of the item the line is about, or `followThrough` / `stillOverdue`: stable across drafts, so picks survive a re-draft. */
  readonly id: string;
  readonly section: UpdateSection;
  readonly text: string;
  readonly included: boolean;
}

/** A heads-up of the chat the update goes to: still waiting for a decision, or decided on `decidedOn`. */
export interface DraftHeadsUp {
  readonly id: string;
  readonly risk: string;
  readonly decision: { readonly text: string; readonly on: string } | null;
}

/** What the draft is written from: my items, and when the last update went out. */
export interface DraftInput {
  readonly today: string;
  /** Date of the last update sent; without one, the draft covers the last {@link FIRST_UPDATE_DAYS} days. */
  readonly since: string | undefined;
  readonly commitments: readonly Commitment[];
  readonly wins: readonly Win[];
  readonly goals: readonly Goal[];
  readonly feedback: readonly Feedback[];
  /** The heads-ups of the 1:1 chat the update goes to; none when it is copied elsewhere. */
  readonly headsUps: readonly DraftHeadsUp[];
}

/** How far back a first update looks. */
export const FIRST_UPDATE_DAYS = 7;

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const day = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));
const toWhom = (commitment: Commitment) => (commitment.toWhom === '' ? '' : ` (to ${commitment.toWhom})`);

/**
 * The draft of a progress update: what changed since the last one, in the manager's style.
 * Items I did not share in the 1:1 and feedback (private to me, and its giver never named)
 * are offered, not included. Priority tags and the manager profile never appear at all.
 */
export function draftUpdate(input: DraftInput, style: UpdateStyle): DraftLine[] {
  const { today, commitments, wins, goals, feedback } = input;
  const since = input.since ?? addDays(today, -FIRST_UPDATE_DAYS);
  const detail = style.format === 'detail';
  const lines: DraftLine[] = [];
  const add = (section: UpdateSection, id: string, text: string, included: boolean) => lines.push({ id, section, text, included });

  const done = commitments.filter((commitment) => commitment.status === 'done' && commitment.doneOn !== undefined && commitment.doneOn > since && commitment.doneOn <= today);
  for (const commitment of done) {
    const late = commitment.dueDate !== undefined && commitment.doneOn !== undefined && commitment.doneOn > commitment.dueDate;
    const when = detail ? `, done ${day(commitment.doneOn ?? today)}${late ? ` (due ${day(commitment.dueDate ?? today)})` : ''}` : '';
    add('done', `commitment:${commitment.id}`, `${commitment.title}${detail ? toWhom(commitment) : ''}${when}`, commitment.sharedInOneOnOne);
  }
  const open = commitments.filter((commitment) => commitment.status === 'open' && commitment.dueDate !== undefined);
  // What slipped since the last update is news, one line each; what was already late then was
  // reported then, so it is one line of count (of shared items only: private ones stay unsaid).
  const overdue = open.filter((candidate) => (candidate.dueDate ?? today) < today);
  for (const commitment of overdue.filter((candidate) => (candidate.dueDate ?? today) > since)) {
    add('slipped', `commitment:${commitment.id}`, `${commitment.title}${detail ? toWhom(commitment) : ''}: was due ${day(commitment.dueDate ?? today)}`, commitment.sharedInOneOnOne);
  }
  const stillLate = overdue.filter((candidate) => (candidate.dueDate ?? today) <= since && candidate.sharedInOneOnOne).length;
  if (stillLate > 0) add('slipped', 'stillOverdue', `Still open from before: ${String(stillLate)} past due`, true);
  const horizon = addDays(today, DUE_SOON_DAYS);
  for (const commitment of open.filter((candidate) => (candidate.dueDate ?? today) >= today && (candidate.dueDate ?? today) <= horizon)) {
    add('comingUp', `commitment:${commitment.id}`, `${commitment.title}${detail ? toWhom(commitment) : ''}: due ${day(commitment.dueDate ?? today)}`, commitment.sharedInOneOnOne);
  }

  const newWins = wins.filter((win) => win.date > since && win.date <= today);
  for (const win of newWins) {
    add('wins', `win:${win.id}`, detail && win.impact !== '' ? `${win.title}: ${win.impact}` : win.title, win.sharedInOneOnOne);
  }
  // A goal moved when a new win advanced it or it was edited since.
  const advanced = new Set(newWins.flatMap((win) => (win.goalId === undefined ? [] : [win.goalId])));
  for (const goal of goals.filter((candidate) => candidate.status === 'active' && (advanced.has(candidate.id) || candidate.updatedAt.slice(0, 10) > since))) {
    const count = newWins.filter((win) => win.goalId === goal.id).length;
    const wonText = detail && count > 0 ? `, ${String(count)} new ${count === 1 ? 'win' : 'wins'}` : '';
    add('goals', `goal:${goal.id}`, `${goal.title}: ${String(goal.progress)}%${wonText}`, goal.sharedInOneOnOne);
  }

  // Heads-ups live in the shared space: the manager has seen them already, so they are in.
  for (const headsUp of input.headsUps) {
    if (headsUp.decision === null) add('headsUps', `headsup:${headsUp.id}`, `Waiting for your decision: ${headsUp.risk}`, true);
    else if (headsUp.decision.on > since && headsUp.decision.on <= today) add('headsUps', `headsup:${headsUp.id}`, `${headsUp.risk}: you chose “${headsUp.decision.text}”`, true);
  }

  for (const item of feedback) {
    const resolution = item.resolution;
    if (resolution?.state !== 'actedOn' || resolution.on <= since || resolution.on > today) continue;
    add('feedback', `feedback:${item.id}`, detail && resolution.note !== '' ? `You suggested: ${item.text} What I changed: ${resolution.note}` : resolution.note || item.text, false);
  }

  // The figures count only what I shared, so the line says nothing about private items.
  const shared = commitments.filter((commitment) => commitment.sharedInOneOnOne);
  const sharedDone = done.filter((commitment) => commitment.sharedInOneOnOne).length;
  const sharedWins = newWins.filter((win) => win.sharedInOneOnOne).length;
  const figure = followThroughOver(shared, addDays(since, 1), today, today);
  if (figure.due > 0 || sharedDone > 0 || sharedWins > 0) {
    const parts = [`${String(sharedDone)} done`, `${String(sharedWins)} ${sharedWins === 1 ? 'win' : 'wins'}`];
    if (figure.rate !== null) parts.push(`${String(figure.doneOnTime)} of ${String(figure.due)} due on time`);
    add('numbers', 'followThrough', `Since ${day(since)}: ${parts.join(', ')}`, true);
  }

  const order = ORDERS[style.order];
  return lines.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
}
