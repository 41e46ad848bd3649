import { describe, expect, it } from 'vitest';
import { bucketOf, bucketStart, bucketsToSweep } from './timeBuckets';

describe('time buckets', () => {
  it('floors an instant to its quarter hour, as a sortable key', () => {
    expect(bucketOf(new Date('2026-12-03T08:14:59.999Z'))).toBe('2026-12-03T08:00Z');
    expect(bucketOf(new Date('2026-12-03T08:15:00Z'))).toBe('2026-12-03T08:15Z');
    expect(bucketStart('2026-12-03T08:15Z').toISOString()).toBe('2026-12-03T08:15:00.000Z');
  });

  it('sweeps the current bucket first time, and catches up on missed ones after that', () => {
    const now = new Date('2026-12-03T08:31:00Z');
    expect(bucketsToSweep(undefined, now, 8)).toEqual(['2026-12-03T08:30Z']);
    expect(bucketsToSweep('2026-12-03T07:45Z', now, 8)).toEqual(['2026-12-03T08:00Z', '2026-12-03T08:15Z', '2026-12-03T08:30Z']);
    expect(bucketsToSweep('2026-12-03T08:30Z', now, 8)).toEqual([]);
  });

  it('keeps only the newest buckets after a long outage, and crosses midnight UTC', () => {
    expect(bucketsToSweep('2026-12-01T00:00Z', new Date('2026-12-04T00:05:00Z'), 3)).toEqual(['2026-12-03T23:30Z', '2026-12-03T23:45Z', '2026-12-04T00:00Z']);
  });
});
