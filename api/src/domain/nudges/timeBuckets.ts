/** Nudges are swept in windows of this many minutes, the timer's period. */
export const BUCKET_MINUTES = 15;
const BUCKET_MS = BUCKET_MINUTES * 60_000;

/**
 * The UTC window an instant falls in, as a key that sorts in time order and is safe as a
 * Table Storage partition key: `2026-12-03T08:15Z`.
 */
export function bucketOf(instant: Date): string {
  const start = Math.floor(instant.getTime() / BUCKET_MS) * BUCKET_MS;
  return `${new Date(start).toISOString().slice(0, 16)}Z`;
}

/** The first instant of a bucket. */
export function bucketStart(bucket: string): Date {
  return new Date(bucket.replace(/Z$/, ':00Z'));
}

/**
 * Every bucket from the one after `lastSwept` up to and including the one `now` is in, oldest
 * first: a sweep that was late or missed runs catches up. At most `limit` buckets, the newest
 * kept, so a sweep after a long outage does not flood users with stale reminders.
 */
export function bucketsToSweep(lastSwept: string | undefined, now: Date, limit: number): readonly string[] {
  const current = bucketStart(bucketOf(now)).getTime();
  const first = lastSwept === undefined ? current : bucketStart(lastSwept).getTime() + BUCKET_MS;
  const from = Math.max(first, current - (limit - 1) * BUCKET_MS);
  const buckets: string[] = [];
  for (let at = from; at <= current; at += BUCKET_MS) buckets.push(bucketOf(new Date(at)));
  return buckets;
}
