import { personalPartition, type Caller } from '../domain/identity';
import { VersionConflictError } from '../store/errors';
import { ConflictError, useCase } from './errors';
import type { Services } from './services';

/**
 * Deletes every row of the caller's own partition: goals, wins, commitments, manager
 * profiles with their insights and priorities, what others left there from our 1:1s, and
 * idempotency markers; and the caller's nudge settings and the chats noted for their 1:1 nudges. Only rows keyed by the caller alone
 * are touched, so chats' shared spaces and other people's data stay as they are.
 * Nothing left to delete is success, so a retry answers the same.
 */
export const deleteMyData = useCase(async (services: Services, caller: Caller): Promise<void> => {
  try {
    await Promise.all([services.personal.deletePartition(personalPartition(caller)), services.nudgeSettings.delete(caller), services.nudgeChats.forgetAll(caller)]);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw new ConflictError('data_still_changing', 'Your data kept changing while it was being deleted.', 'Close Upward in other windows and try again.');
    }
    throw error;
  }
});
