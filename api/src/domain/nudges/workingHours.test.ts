import { describe, expect, it } from 'vitest';
import { firstWorkingMomentFrom, isWorkingTime } from './workingHours';

const hours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

describe('working hours', () => {
  it('reads the instant in the user zone, across midnight UTC', () => {
    // 23:30 UTC on Wednesday is 10:30 Thursday in Auckland (UTC+13 in December).
    expect(isWorkingTime(new Date('2026-12-02T23:30:00Z'), hours, 'Pacific/Auckland')).toBe(true);
    expect(isWorkingTime(new Date('2026-12-02T23:30:00Z'), hours, 'UTC')).toBe(false);
    expect(isWorkingTime(new Date('2026-12-03T17:00:00Z'), hours, 'UTC')).toBe(false);
    expect(isWorkingTime(new Date('2026-12-03T09:00:00Z'), hours, 'UTC')).toBe(true);
  });

  it('finds the next working day start, or null when no day is a working day that week', () => {
    expect(firstWorkingMomentFrom('2026-12-05', hours, 'UTC')).toEqual({ date: '2026-12-07', at: new Date('2026-12-07T09:00:00Z') });
    expect(firstWorkingMomentFrom('2026-12-05', { ...hours, days: [6] }, 'America/Chicago')).toEqual({ date: '2026-12-05', at: new Date('2026-12-05T15:00:00Z') });
  });
});
