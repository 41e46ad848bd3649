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

/** The buckets one sweep reads, each list oldest first. */
export interface SweepWindows {
  /** From the one after the last swept up to the one `now` is in, at most `catchUp` of them: their reminders are sent. */
  readonly send: readonly string[];
  /**
   * The buckets after the last swept that are older than `send`, back at most `horizon` buckets
   * from the one `now` is in: skipped as stale, read only to keep recurring nudges going.
   */
  readonly stale: readonly string[];
}

/** How many buckets a sweep sends from after a late or missed run, and how far back it looks for stale ones. */
export interface SweepLimits {
  readonly catchUp: number;
  readonly horizon: number;
}

/** Every bucket starting from `from` up to and including the one starting at `to` (epoch milliseconds), oldest first. */
function bucketsFrom(from: number, to: number): string[] {
  const buckets: string[] = [];
  for (let at = from; at <= to; at += BUCKET_MS) buckets.push(bucketOf(new Date(at)));
  return buckets;
}

/**
 * What a sweep at `now` reads after the one that swept `lastSwept` (the first sweep reads only
 * the bucket `now` is in). A sweep that was late or missed runs catches up on at most
 * `catchUp` buckets, the newest, so a sweep after a long outage does not flood users with
 * stale reminders; the older ones it skipped are `stale`, none of them in the normal case.
 */
export function sweepWindows(lastSwept: string | undefined, now: Date, limits: SweepLimits): SweepWindows {
  const current = bucketStart(bucketOf(now)).getTime();
  const first = lastSwept === undefined ? current : bucketStart(lastSwept).getTime() + BUCKET_MS;
  const sendFrom = Math.max(first, current - (limits.catchUp - 1) * BUCKET_MS);
  const staleFrom = Math.max(first, current - (limits.horizon - 1) * BUCKET_MS);
  return { send: bucketsFrom(sendFrom, current), stale: bucketsFrom(staleFrom, sendFrom - BUCKET_MS) };
}
