import { BUCKET_MINUTES, bucketOf, sweepWindows } from '../domain/nudges/timeBuckets';
import type { RecurringDueEntry } from '../domain/nudges/dueEntry';
import type { DueEntry } from '../store/dueIndexStore';
import { fileRecurringNudge, fileSafely, subjectOf, userOf } from './recurringNudges';
import type { Services } from './services';

/** At most this many buckets (two hours) are caught up after an outage; older reminders are stale. */
export const CATCH_UP_BUCKETS = 8;

/**
 * How far back (eight days) a sweep after an outage reads the stale buckets: an occurrence
 * there is never sent, so it never files its next one, and a broken rhythm has just that one
 * row left, as old as the outage at most. Eight days keeps even a weekly rhythm going through a
 * week-long outage, and bounds what the first sweep after a longer one reads.
 */
export const RECHAIN_HORIZON_BUCKETS = (8 * 24 * 60) / BUCKET_MINUTES;

/** Where the sweep puts sends: a storage queue in Azure, the local scheduler's queue locally. */
export type Enqueue = (entries: readonly DueEntry[]) => Promise<void>;

/**
 * Finds the reminders due since the last sweep in the index of due work (one partition per
 * 15-minute bucket) and enqueues them, due ones only (`sendAt` not after `now`). After an
 * outage longer than the catch-up, the recurring nudges found in the buckets skipped as stale
 * are not sent but go on from now. The state moves on only after that work is done, to the
 * last bucket that has ended (the current bucket is looked at again next time, for what falls
 * due later in it), and under its ETag, so a second sweep running at once at worst enqueues
 * again, which the sender's ledger makes harmless.
 */
export async function sweepDueNudges(services: Services, now: Date, enqueue: Enqueue): Promise<number> {
  const state = await services.dueIndex.sweepState();
  const windows = sweepWindows(state.lastSwept, now, { catchUp: CATCH_UP_BUCKETS, horizon: RECHAIN_HORIZON_BUCKETS });
  await rechainStale(services, windows.stale, now);
  let enqueued = 0;
  for (const bucket of windows.send) {
    const due = (await services.dueIndex.list(bucket)).filter((entry) => entry.sendAt <= now.toISOString());
    if (due.length > 0) await enqueue(due);
    enqueued += due.length;
  }
  // The newest bucket that has ended: the current one is looked at again next time.
  const finished = bucketOf(new Date(now.getTime() - BUCKET_MINUTES * 60_000));
  if (state.lastSwept === undefined || finished > state.lastSwept) await services.dueIndex.saveSweepState(finished, state.etag);
  return enqueued;
}

/**
 * Keeps recurring nudges going past the buckets skipped as stale: an occurrence there is not
 * sent, so it would never file its next one; the next one is filed from `now` instead, once per
 * user, kind and subject. Commitment reminders there stay dropped. One rhythm failing to file
 * is logged and does not stop the others or the sweep.
 */
async function rechainStale(services: Services, buckets: readonly string[], now: Date): Promise<void> {
  const rhythms = new Map<string, RecurringDueEntry>();
  for (const bucket of buckets) {
    for (const entry of await services.dueIndex.list(bucket)) {
      if (entry.kind !== 'commitmentDue') rhythms.set(JSON.stringify([entry.tenantId, entry.objectId, entry.kind, entry.subjectId]), entry);
    }
  }
  for (const entry of rhythms.values()) await fileSafely(services, `stale ${entry.kind}`, () => fileRecurringNudge(services, userOf(entry), subjectOf(entry), now));
}
