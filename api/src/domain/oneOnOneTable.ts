import type { ChatMember } from './chat';
import type { GoalHorizon } from './goals';
import { MAX_SHARED_ITEMS, type SharedCommitment, type SharedWin } from './oneOnOne';
import { MAX_SNAPSHOT_ITEMS, type ManagerAction, type RecordSnapshot, type SharedGoal } from './oneOnOneShared';
import type { LastOneOnOne, MemberItems } from './oneOnOneSharing';
import { snapshotHeadsUps, type HeadsUp } from './headsUps/headsUp';

// What is on the table in a 1:1 besides the agenda: shared goals, the manager's actions, and
// the snapshot a close files. Pure.

/** Who, in a chat, is the manager. Roles name them once known; until then, in a two-person chat, the other member than `viewer`. */
export function managerOf(
  space: { readonly members: readonly ChatMember[]; readonly roles?: { readonly employee: string; readonly manager: string } | null },
  viewer: string,
): ChatMember | undefined {
  const roles = space.roles ?? null;
  if (roles !== null) return space.members.find((member) => member.objectId === roles.manager);
  if (space.members.length !== 2) return undefined;
  return space.members.find((member) => member.objectId !== viewer.toLowerCase());
}

const HORIZON_ORDER: Record<GoalHorizon, number> = { '1y': 0, '5y': 1, '10y': 2, date: 3 };

/**
 * The goals members shared, nearest horizon first (dated ones by date), each with its
 * progress, the shared wins that name it and the answer to "How I can help". Dropped goals
 * are left out: they are no longer something to help with.
 */
export function selectSharedGoals(members: readonly MemberItems[]): SharedGoal[] {
  return members
    .flatMap(({ owner, goals, wins, goalHelp }) =>
      (goals ?? [])
        .filter((goal) => goal.sharedInOneOnOne === true && goal.status !== 'dropped')
        .map((goal): SharedGoal => {
          const help = goalHelp?.find((answer) => answer.goalId === goal.id);
          return {
            id: goal.id,
            ownerObjectId: owner.objectId,
            ownerName: owner.name,
            title: goal.title,
            horizon: goal.horizon,
            ...(goal.horizon === 'date' && goal.targetDate !== undefined ? { targetDate: goal.targetDate } : {}),
            status: goal.status,
            progress: goal.progress,
            wins: wins
              .filter((win) => win.sharedInOneOnOne === true && win.goalId === goal.id)
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((win) => ({ id: win.id, title: win.title, date: win.date })),
            ...(help === undefined ? {} : { help: { text: help.text, author: help.author, updatedAt: help.updatedAt, etag: help.etag } }),
          };
        }),
    )
    .sort(
      (a, b) =>
        HORIZON_ORDER[a.horizon] - HORIZON_ORDER[b.horizon] ||
        (a.targetDate ?? '').localeCompare(b.targetDate ?? '') ||
        a.title.localeCompare(b.title),
    )
    .slice(0, MAX_SHARED_ITEMS);
}

/**
 * What the manager offered in this chat: open ones by due date (undated last), then the
 * ones done since the last 1:1, so finishing one is seen once.
 */
export function selectManagerActions(members: readonly MemberItems[], chatId: string, last: LastOneOnOne): ManagerAction[] {
  const rank = (action: ManagerAction) => (action.status === 'open' ? 0 : 1);
  // Teams names only whoever installed the app; a name learned since beats the one stored then.
  const names = new Map(members.filter(({ owner }) => owner.name !== '').map(({ owner }) => [owner.objectId, owner.name]));
  const named = (person: ChatMember): ChatMember => ({ objectId: person.objectId, name: names.get(person.objectId) ?? person.name });
  return members
    .flatMap(({ managerActions }) => managerActions ?? [])
    .map((action) => ({ ...action, owner: named(action.owner), employee: named(action.employee) }))
    .filter((action) => action.chatId === chatId)
    .filter((action) => action.status === 'open' || last === undefined || action.updatedAt > last.lastClosedAt)
    .sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt))
    .slice(0, MAX_SHARED_ITEMS);
}

/** What a close files about the shared items, as they stand: the same items the page showed. */
export function snapshotOf(shown: {
  readonly sharedCommitments: readonly SharedCommitment[];
  readonly sharedWins: readonly SharedWin[];
  readonly managerActions: readonly ManagerAction[];
  readonly headsUps?: readonly HeadsUp[];
}): RecordSnapshot {
  return {
    commitments: shown.sharedCommitments.slice(0, MAX_SNAPSHOT_ITEMS).map((commitment) => ({
      ownerName: commitment.ownerName,
      title: commitment.title,
      status: commitment.status,
      ...(commitment.dueDate === undefined ? {} : { dueDate: commitment.dueDate }),
      ...(commitment.doneOn === undefined ? {} : { doneOn: commitment.doneOn }),
    })),
    wins: shown.sharedWins.slice(0, MAX_SNAPSHOT_ITEMS).map((win) => ({
      ownerName: win.ownerName,
      title: win.title,
      date: win.date,
      ...(win.evidenceUrl === undefined ? {} : { evidenceUrl: win.evidenceUrl }),
      ...(win.goal === undefined ? {} : { goalTitle: win.goal.title }),
    })),
    actions: shown.managerActions.slice(0, MAX_SNAPSHOT_ITEMS).map((action) => ({
      ownerName: action.owner.name,
      title: action.title,
      status: action.status,
      ...(action.dueDate === undefined ? {} : { dueDate: action.dueDate }),
    })),
    ...(shown.headsUps === undefined || shown.headsUps.length === 0 ? {} : { headsUps: snapshotHeadsUps(shown.headsUps.slice(0, MAX_SNAPSHOT_ITEMS)) }),
  };
}
