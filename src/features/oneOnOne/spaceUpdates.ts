import { RECENT_RECORDS, recordSummarySchema, type Agenda, type AgendaItem, type CommitmentComment, type OneOnOneRecord, type OneOnOneSpace } from '@domain/oneOnOne';
import { orderAgenda } from '@domain/oneOnOneAgenda';
import { currentRoles } from '@domain/oneOnOneRoles';
import { undoDeadline } from '@domain/closeSafety';
import type { GoalHelp } from '@domain/goalHelp';
import type { ManagerAction, SharedGoal } from '@domain/oneOnOneShared';
import { removeItem, upsertItem } from '../../shared/api/itemList';
import type { HeadsUp } from '@domain/headsUps/headsUp';

/*
 * How the user's own writes change the space on screen, until the next load brings the
 * server's whole view. Each takes the space and returns a new one.
 */

/** The space with `item` added or replaced, in agenda order. */
export function withAgendaItem(space: OneOnOneSpace, item: AgendaItem): OneOnOneSpace {
  return { ...space, agenda: { ...space.agenda, items: orderAgenda(upsertItem(space.agenda.items, item)) } };
}

/** The space without the agenda item `id`. */
export function withoutAgendaItem(space: OneOnOneSpace, id: string): OneOnOneSpace {
  return { ...space, agenda: { ...space.agenda, items: removeItem(space.agenda.items, id) } };
}

/** The space with the agenda as the server returned it (after a move, or with a conflict). */
export function withAgenda(space: OneOnOneSpace, agenda: Agenda): OneOnOneSpace {
  return { ...space, agenda: { ...agenda, items: orderAgenda(agenda.items) } };
}

/** The space with a new comment under the commitment it is about. */
export function withComment(space: OneOnOneSpace, comment: CommitmentComment): OneOnOneSpace {
  return {
    ...space,
    sharedCommitments: space.sharedCommitments.map((commitment) =>
      commitment.id === comment.commitmentId && commitment.ownerObjectId === comment.ownerObjectId
        ? { ...commitment, comments: upsertItem(commitment.comments, comment) }
        : commitment,
    ),
  };
}

/** The space after a close: the agenda that carries on, and the new record first in the history. */
export function afterClose(space: OneOnOneSpace, result: { readonly record: OneOnOneRecord; readonly agenda: Agenda }): OneOnOneSpace {
  const { record } = result;
  const summary = recordSummarySchema.parse(record);
  return {
    ...withAgenda(space, result.agenda),
    lastOneOnOne: { recordId: record.id, date: record.date, closedAt: record.closedAt },
    recentRecords: [summary, ...space.recentRecords.filter((existing) => existing.id !== record.id)].slice(0, RECENT_RECORDS),
  };
}

/** The space with the chat's settings as the server returned them: roles hold only with both people still here. */
export function withSettings(space: OneOnOneSpace, settings: OneOnOneSpace['settings']): OneOnOneSpace {
  return { ...space, settings, roles: currentRoles(settings.roles, space.members) };
}

/** The space right after the user's own close: it can be undone for a while (the server says how long on the next load). */
export function withUndoOf(space: OneOnOneSpace, record: OneOnOneRecord): OneOnOneSpace {
  return { ...space, undo: { recordId: record.id, until: undoDeadline(record.closedAt) } };
}

/** The space after an undo: the agenda is back and the undone record is out of the history. */
export function withoutLastClose(space: OneOnOneSpace, agenda: Agenda): OneOnOneSpace {
  const undone = space.undo?.recordId;
  const recentRecords = space.recentRecords.filter((summary) => summary.id !== undone);
  const last = recentRecords[0];
  return {
    ...withAgenda(space, agenda),
    undo: null,
    recentRecords,
    lastOneOnOne: last === undefined ? null : { recordId: last.id, date: last.date, closedAt: last.closedAt },
  };
}

/** The space with the answer to "How I can help" on a shared goal. */
export function withGoalHelp(space: OneOnOneSpace, goal: SharedGoal, help: GoalHelp): OneOnOneSpace {
  const answer = { text: help.text, author: help.author, updatedAt: help.updatedAt, etag: help.etag };
  return {
    ...space,
    sharedGoals: space.sharedGoals.map((shared) => (shared.id === goal.id && shared.ownerObjectId === goal.ownerObjectId ? { ...shared, help: answer } : shared)),
  };
}

/** The space with a manager's action added or replaced. */
export function withManagerAction(space: OneOnOneSpace, action: ManagerAction): OneOnOneSpace {
  return { ...space, managerActions: upsertItem(space.managerActions, action) };
}

/** The space with a heads-up raised or decided. */
export function withHeadsUp(space: OneOnOneSpace, headsUp: HeadsUp): OneOnOneSpace {
  return { ...space, headsUps: upsertItem(space.headsUps, headsUp) };
}
