import type { ChatMember } from './chat';
import type { Commitment } from './commitments';
import type { Goal } from './goals';
import type { GoalHelp } from './goalHelp';
import type { ManagerAction } from './oneOnOneShared';
import type { Win } from './wins';
import { MAX_SHARED_ITEMS, type CommitmentComment, type History, type SharedCommitment, type SharedWin } from './oneOnOne';

// What of each member's own items the shared 1:1 space shows: only what they shared. Pure.

/** Open and due before `today` (both YYYY-MM-DD). */
export function isOverdue(commitment: Pick<Commitment, 'status' | 'dueDate'>, today: string): boolean {
  return commitment.status === 'open' && commitment.dueDate !== undefined && commitment.dueDate < today;
}

/** One member's own items, read from their partition. */
export interface MemberItems {
  readonly owner: ChatMember;
  readonly commitments: readonly Commitment[];
  readonly wins: readonly Win[];
  /** Their goals; only shared ones are ever read from here. */
  readonly goals?: readonly Goal[];
  /** Answers to "How I can help" on their goals, keyed by goal. */
  readonly goalHelp?: readonly GoalHelp[];
  /** What their manager offered to do for them, in any chat. */
  readonly managerActions?: readonly ManagerAction[];
}

/** The goal a shared win names, only when its owner shared that goal too. */
function sharedGoalOf(goals: readonly Goal[] | undefined, goalId: string | undefined): SharedWin['goal'] {
  const goal = goalId === undefined ? undefined : goals?.find((candidate) => candidate.id === goalId && candidate.sharedInOneOnOne === true);
  return goal === undefined ? undefined : { id: goal.id, title: goal.title };
}

/** Shared wins that pass `keep`, newest first, as the space shows them. */
function sharedWinsWhere(members: readonly MemberItems[], keep: (win: Win) => boolean): SharedWin[] {
  return members
    .flatMap(({ owner, wins, goals }) =>
      wins.filter((win) => win.sharedInOneOnOne === true && keep(win)).map((win) => ({ win, owner, goal: sharedGoalOf(goals, win.goalId) })),
    )
    .sort((a, b) => b.win.date.localeCompare(a.win.date) || b.win.createdAt.localeCompare(a.win.createdAt))
    .slice(0, MAX_SHARED_ITEMS)
    .map(({ win, owner, goal }) => ({
      id: win.id,
      ownerObjectId: owner.objectId,
      ownerName: owner.name,
      title: win.title,
      impact: win.impact,
      date: win.date,
      ...(win.evidenceUrl === undefined || win.evidenceUrl === '' ? {} : { evidenceUrl: win.evidenceUrl }),
      ...(goal === undefined ? {} : { goal }),
    }));
}

/** The last close, if any. */
export type LastOneOnOne = Pick<History, 'lastDate' | 'lastClosedAt'> | undefined;

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
  return sharedWinsWhere(members, (win) => isSinceLast(win, last));
}

/** Since the last 1:1: dated after it, or logged after it was closed. Everything is, before the first one. */
function isSinceLast(win: Win, last: LastOneOnOne): boolean {
  return last === undefined || win.date > last.lastDate || win.createdAt > last.lastClosedAt;
}

/** The wins shared before the last 1:1, newest first: they were seen then and stay on hand, under "Shared before". */
export function selectEarlierSharedWins(members: readonly MemberItems[], last: LastOneOnOne): SharedWin[] {
  return last === undefined ? [] : sharedWinsWhere(members, (win) => !isSinceLast(win, last));
}
