import { describe, expect, it } from 'vitest';
import { wallClockAt, wallClockToUtc } from './zonedTime';

describe('wallClockToUtc', () => {
  it('reads a wall-clock time in a zone east and west of Greenwich', () => {
    expect(wallClockToUtc('2026-12-03', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(wallClockToUtc('2026-12-03', '09:00', 'America/Los_Angeles').toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(wallClockToUtc('2026-12-03', '09:00', 'UTC').toISOString()).toBe('2026-12-03T09:00:00.000Z');
  });

  it('lands on the previous UTC day for a morning far east of Greenwich', () => {
    expect(wallClockToUtc('2026-12-03', '08:00', 'Pacific/Auckland').toISOString()).toBe('2026-12-02T19:00:00.000Z');
    expect(wallClockToUtc('2026-12-03', '09:30', 'Asia/Kolkata').toISOString()).toBe('2026-12-03T04:00:00.000Z');
  });

  it('moves a time skipped by clocks going forward past the gap', () => {
    // Berlin jumps from 02:00 to 03:00 on 2026-03-29.
    expect(wallClockToUtc('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClockAt(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin').time).toBe('03:30');
  });

  it('gives the first of a time that happens twice when clocks go back', () => {
    // Berlin goes from 03:00 back to 02:00 on 2026-10-25: 02:30 is first 00:30 UTC, then 01:30 UTC.
    expect(wallClockToUtc('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('is the inverse of wallClockAt on ordinary days', () => {
    const instant = wallClockToUtc('2027-06-15', '17:45', 'America/New_York');
    expect(wallClockAt(instant, 'America/New_York')).toEqual({ date: '2027-06-15', time: '17:45', weekday: 2 });
  });
});
