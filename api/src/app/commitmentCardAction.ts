import type { Caller } from '../domain/identity';
import { personalPartition } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { commitmentCard } from '../domain/nudges/commitmentCard';
import type { CommitmentNudge } from '../domain/nudges/commitmentNudges';
import { wallClockAt } from '../domain/zonedTime';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import { NotFoundError, useCase } from './errors';
import { fileCommitmentNudgesSafely } from './nudgeIndex';
import { teamsAppIdOf } from './teamsAppId';
import { readNudgeSettings } from './nudgeSettings';
import type { Services } from './services';

/** What a button on a reminder card asks for. */
export type CardAction =
  | { readonly verb: 'markDone'; readonly commitmentId: string; readonly nudge: CommitmentNudge }
  | { readonly verb: 'newDate'; readonly commitmentId: string; readonly nudge: CommitmentNudge; readonly newDueDate: string };

/** Attempts at a change that keeps losing a race with another edit before giving up with the card as it is. */
const ATTEMPTS = 3;

/**
 * Mark done or New date from a reminder card, then the card as the commitment now stands.
 * Decided once: a commitment already done or dropped is left alone (a stale card, or Teams
 * retrying the invoke, records no second decision), and a new date equal to the current one
 * changes nothing. Done is dated today in the user's own time zone.
 */
export const actOnCommitmentCard = useCase(async (services: Services, caller: Caller, action: CardAction, now: Date): Promise<Record<string, unknown>> => {
  const partition = personalPartition(caller);
  const read = async (): Promise<StoredRecord> => {
    try {
      return await services.personal.get(partition, KIND.commitment, action.commitmentId);
    } catch (error) {
      if (error instanceof ItemNotFoundError) throw new NotFoundError();
      throw error;
    }
  };
  let current = await read();
  for (let attempt = 0; attempt < ATTEMPTS && current.data.status === 'open'; attempt++) {
    let data: Record<string, unknown>;
    if (action.verb === 'markDone') {
      const { settings } = await readNudgeSettings(services, caller);
      data = { ...current.data, status: 'done', doneOn: wallClockAt(now, settings.timeZone).date };
    } else {
      if (current.data.dueDate === action.newDueDate) break;
      data = { ...current.data, dueDate: action.newDueDate };
    }
    try {
      current = await services.personal.update(partition, KIND.commitment, action.commitmentId, data, current.etag, current.createdAt);
      if (action.verb === 'newDate') await fileCommitmentNudgesSafely(services, caller, { id: current.id, status: 'open', dueDate: action.newDueDate }, now);
      break;
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      current = await read();
    }
  }
  const status = current.data.status === 'done' || current.data.status === 'dropped' ? current.data.status : 'open';
  return commitmentCard({
    nudge: action.nudge,
    commitmentId: current.id,
    title: String(current.data.title),
    toWhom: typeof current.data.toWhom === 'string' ? current.data.toWhom : '',
    dueDate: typeof current.data.dueDate === 'string' ? current.data.dueDate : '',
    status,
    appId: teamsAppIdOf(services),
  });
});
