import { describe, expect, it } from 'vitest';
import { cadenceSchema, nextMeeting, type Cadence } from './cadence';

const weekly = (weekday: number, timeZone = 'Europe/Berlin'): Cadence => ({ kind: 'weekly', weekday, time: '10:00', timeZone });

describe('nextMeeting', () => {
  // 2026-12-01 is a Tuesday.
  const tuesdayNoonUtc = new Date('2026-12-01T12:00:00Z');

  it('weekly: the coming weekday, and today for the whole of a meeting day', () => {
    expect(nextMeeting(weekly(2), tuesdayNoonUtc)).toEqual({ date: '2026-12-01', time: '10:00', timeZone: 'Europe/Berlin' });
    expect(nextMeeting(weekly(3), tuesdayNoonUtc)?.date).toBe('2026-12-02');
    expect(nextMeeting(weekly(1), tuesdayNoonUtc)?.date).toBe('2026-12-07');
  });

  it('reads "today" in the setter’s time zone, not in UTC', () => {
    // 23:30 UTC on Tuesday is already Wednesday in Berlin and still Tuesday in Los Angeles.
    const late = new Date('2026-12-01T23:30:00Z');
    expect(nextMeeting(weekly(2, 'Europe/Berlin'), late)?.date).toBe('2026-12-08');
    expect(nextMeeting(weekly(2, 'America/Los_Angeles'), late)?.date).toBe('2026-12-01');
  });

  it('every other week: counts fortnights from the first meeting on or after the start', () => {
    const biweekly: Cadence = { kind: 'biweekly', weekday: 2, time: '09:30', timeZone: 'UTC', startsOn: '2026-11-10' };
    expect(nextMeeting(biweekly, new Date('2026-11-01T00:00:00Z'))?.date).toBe('2026-11-10');
    expect(nextMeeting(biweekly, new Date('2026-11-11T00:00:00Z'))?.date).toBe('2026-11-24');
    expect(nextMeeting(biweekly, new Date('2026-11-24T20:00:00Z'))?.date).toBe('2026-11-24');
    expect(nextMeeting(biweekly, tuesdayNoonUtc)?.date).toBe('2026-12-08');
  });

  it('a one-off date: itself until its day is over, then none', () => {
    const once: Cadence = { kind: 'once', date: '2026-12-08', time: '14:00', timeZone: 'Asia/Tokyo' };
    expect(nextMeeting(once, tuesdayNoonUtc)).toEqual({ date: '2026-12-08', time: '14:00', timeZone: 'Asia/Tokyo' });
    expect(nextMeeting(once, new Date('2026-12-08T14:59:00Z'))?.date).toBe('2026-12-08');
    expect(nextMeeting(once, new Date('2026-12-08T15:00:00Z'))).toBeNull();
  });
});

describe('cadenceSchema', () => {
  it('refuses unknown time zones, bad times and weekdays', () => {
    expect(cadenceSchema.safeParse(weekly(2)).success).toBe(true);
    expect(cadenceSchema.safeParse({ ...weekly(2), timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(cadenceSchema.safeParse({ ...weekly(2), time: '24:00' }).success).toBe(false);
    expect(cadenceSchema.safeParse(weekly(8)).success).toBe(false);
  });
});
