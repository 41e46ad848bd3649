import { BUCKET_MINUTES, bucketOf, bucketsToSweep } from '../domain/nudges/timeBuckets';
import type { DueEntry } from '../store/dueIndexStore';
import type { Services } from './services';

/** At most this many buckets (two hours) are caught up after an outage; older reminders are stale. */
export const CATCH_UP_BUCKETS = 8;

/** Where the sweep puts sends: a storage queue in Azure, the local scheduler's queue locally. */
export type Enqueue = (entries: readonly DueEntry[]) => Promise<void>;

/**
 * Finds the reminders due since the last sweep in the index of due work (one partition per
 * 15-minute bucket) and enqueues them, due ones only (`sendAt` not after `now`). The state
 * moves on only after the buckets were enqueued, to the last one that has ended (the current
 * bucket is looked at again next time, for what falls due later in it), and under its ETag,
 * so a second sweep running at once at worst enqueues again, which the sender's ledger makes
 * harmless.
 */
export async function sweepDueNudges(services: Services, now: Date, enqueue: Enqueue): Promise<number> {
  const state = await services.dueIndex.sweepState();
  let enqueued = 0;
  for (const bucket of bucketsToSweep(state.lastSwept, now, CATCH_UP_BUCKETS)) {
    const due = (await services.dueIndex.list(bucket)).filter((entry) => entry.sendAt <= now.toISOString());
    if (due.length > 0) await enqueue(due);
    enqueued += due.length;
  }
  // The newest bucket that has ended: the current one is looked at again next time.
  const finished = bucketOf(new Date(now.getTime() - BUCKET_MINUTES * 60_000));
  if (state.lastSwept === undefined || finished > state.lastSwept) await services.dueIndex.saveSweepState(finished, state.etag);
  return enqueued;
}
