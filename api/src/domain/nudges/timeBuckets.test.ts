import { describe, expect, it } from 'vitest';
import { bucketOf, bucketStart, sweepWindows } from './timeBuckets';

const limits = { catchUp: 8, horizon: 8 * 96 };

describe('time buckets', () => {
  it('floors an instant to its quarter hour, as a sortable key', () => {
    expect(bucketOf(new Date('2026-12-03T08:14:59.999Z'))).toBe('2026-12-03T08:00Z');
    expect(bucketOf(new Date('2026-12-03T08:15:00Z'))).toBe('2026-12-03T08:15Z');
    expect(bucketStart('2026-12-03T08:15Z').toISOString()).toBe('2026-12-03T08:15:00.000Z');
  });

  it('sweeps the current bucket first time, and catches up on missed ones after that, with nothing stale', () => {
    const now = new Date('2026-12-03T08:31:00Z');
    expect(sweepWindows(undefined, now, limits)).toEqual({ send: ['2026-12-03T08:30Z'], stale: [] });
    expect(sweepWindows('2026-12-03T07:45Z', now, limits)).toEqual({ send: ['2026-12-03T08:00Z', '2026-12-03T08:15Z', '2026-12-03T08:30Z'], stale: [] });
    expect(sweepWindows('2026-12-03T08:30Z', now, limits)).toEqual({ send: [], stale: [] });
  });

  it('has nothing stale for a gap just inside the catch-up', () => {
    const windows = sweepWindows('2026-12-03T06:30Z', new Date('2026-12-03T08:31:00Z'), limits);
    expect(windows.send).toHaveLength(8);
    expect(windows.send[0]).toBe('2026-12-03T06:45Z');
    expect(windows.stale).toEqual([]);
  });

  it('keeps only the newest buckets to send after a long outage, and crosses midnight UTC', () => {
    const windows = sweepWindows('2026-12-01T00:00Z', new Date('2026-12-04T00:05:00Z'), { catchUp: 3, horizon: 8 * 96 });
    expect(windows.send).toEqual(['2026-12-03T23:30Z', '2026-12-03T23:45Z', '2026-12-04T00:00Z']);
  });

  it('after a day without sweeps, marks stale exactly the buckets between the last swept and the catch-up', () => {
    const { send, stale } = sweepWindows('2026-12-02T08:15Z', new Date('2026-12-03T08:31:00Z'), limits);
    expect(send[0]).toBe('2026-12-03T06:45Z');
    expect(stale[0]).toBe('2026-12-02T08:30Z');
    expect(stale.at(-1)).toBe('2026-12-03T06:30Z');
    // A day and a quarter hour after the last swept: 97 buckets, 8 of them sent.
    expect(stale).toHaveLength(97 - 8);
    expect(new Set([...stale, ...send]).size).toBe(97);
    expect([...stale].sort()).toEqual(stale);
  });

  it('looks back no further than the horizon after a longer outage', () => {
    const { send, stale } = sweepWindows('2026-11-01T00:00Z', new Date('2026-12-03T08:31:00Z'), { catchUp: 8, horizon: 96 });
    expect(send.length + stale.length).toBe(96);
    expect(stale[0]).toBe('2026-12-02T08:45Z');
    expect(stale.at(-1)).toBe('2026-12-03T06:30Z');
  });
});
