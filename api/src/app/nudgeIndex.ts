import type { Caller } from '../domain/identity';
import { planCommitmentNudges } from '../domain/nudges/commitmentNudges';
import { DUE_ENTRY_VERSION } from '../domain/nudges/dueEntry';
import { bucketOf } from '../domain/nudges/timeBuckets';
import type { Services } from './services';
import { readNudgeSettings } from './nudgeSettings';

/** The id of one commitment reminder: whose, which commitment, which reminder, for which due date (a new date makes new ids). Unchanged since version 1 rows, so the ledger still knows them. */
export function nudgeId(user: Pick<Caller, 'tenantId' | 'objectId'>, commitmentId: string, nudge: string, dueDate: string): string {
  return [user.tenantId, user.objectId, commitmentId, nudge, dueDate].join('_');
}

/** The fields of a commitment that decide its reminders. */
export interface CommitmentDue {
  readonly id: string;
  readonly status: string;
  readonly dueDate?: string | undefined;
}

/**
 * Files the reminders of a commitment just written in the index of due work. Rows for an
 * earlier due date or an item since done stay where they are: the sender checks the item
 * before sending, so a stale row sends nothing.
 */
export async function fileCommitmentNudges(services: Services, caller: Caller, commitment: CommitmentDue, now: Date): Promise<void> {
  if (commitment.status !== 'open' || commitment.dueDate === undefined) return;
  const { settings } = await readNudgeSettings(services, caller);
  for (const planned of planCommitmentNudges(commitment.dueDate, settings, now)) {
    await services.dueIndex.file(bucketOf(planned.sendAt), [
      {
        schemaVersion: DUE_ENTRY_VERSION,
        kind: 'commitmentDue',
        nudgeId: nudgeId(caller, commitment.id, planned.nudge, planned.dueDate),
        tenantId: caller.tenantId,
        objectId: caller.objectId,
        subjectId: commitment.id,
        nudge: planned.nudge,
        occurrence: planned.dueDate,
        sendAt: planned.sendAt.toISOString(),
      },
    ]);
  }
}

/**
 * Files the reminders, but never fails the write that caused it: the commitment is saved
 * either way, and a failure to index is logged.
 */
export async function fileCommitmentNudgesSafely(services: Services, caller: Caller, commitment: CommitmentDue, now: Date): Promise<void> {
  try {
    await fileCommitmentNudges(services, caller, commitment, now);
  } catch (error) {
    services.log.error('Filing commitment reminders failed', error);
  }
}
