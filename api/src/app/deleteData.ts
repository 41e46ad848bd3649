import { personalPartition, type Caller } from '../domain/identity';
import { VersionConflictError } from '../store/errors';
import { callerPerson } from './chatAccess';
import { ConflictError, useCase } from './errors';
import { openMyChats } from './myChats';
import { deleteMyEntries } from './myOneOnOneEntries';
import type { Services } from './services';

/**
 * Deletes every row of the caller's own partition: goals, wins, commitments, manager
 * profiles with their insights and priorities, what others left there from our 1:1s, and
 * idempotency markers; the caller's nudge settings;
 * and what they wrote in the shared spaces of the 1:1 chats they are in (the other person's
 * entries stay). Nothing left to delete is success, so a retry answers the same.
 */
export const deleteMyData = useCase(async (services: Services, caller: Caller): Promise<void> => {
  try {
    const me = callerPerson(caller);
    const chats = await openMyChats(services, caller);
    await Promise.all(chats.map(({ chat }) => deleteMyEntries(services, chat, me)));
    await Promise.all([services.personal.deletePartition(personalPartition(caller)), services.nudgeSettings.delete(caller)]);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw new ConflictError('data_still_changing', 'Your data kept changing while it was being deleted.', 'Close Upward in other windows and try again.');
    }
    throw error;
  }
});
