import { describe, expect, it } from 'vitest';
import type { Cadence } from '../cadence';
import { defaultNudgeSettings, type NudgeSettings } from './nudgeSettings';
import { meetingDates, planOneOnOneTomorrow, planUpdateDue, planWeeklyWins, weekOf, type Occurrence } from './recurringNudges';

// 2026-12-07 is a Monday.
const berlin = defaultNudgeSettings('Europe/Berlin');
const show = (planned: Occurrence | null) => (planned === null ? null : [planned.occurrence, planned.sendAt.toISOString()]);
const off = (settings: NudgeSettings, key: keyof NudgeSettings['switches']): NudgeSettings => ({ ...settings, switches: { ...settings.switches, [key]: false } });

describe('meetingDates', () => {
  it('lists weekly, fortnightly (from the first meeting on or after startsOn) and one-off 1:1s from a date', () => {
    const take = (cadence: Cadence, from: string) => {
      // The generator is endless for a rhythm: take three.
      const dates: string[] = [];
      for (const date of meetingDates(cadence, from)) if (dates.push(date) === 3) break;
      return dates;
    };
    const weekly = { kind: 'weekly', weekday: 3, time: '10:00', timeZone: 'Europe/Berlin' } as const;
    expect(take(weekly, '2026-12-09')).toEqual(['2026-12-09', '2026-12-16', '2026-12-23']);
    const biweekly = { kind: 'biweekly', weekday: 2, time: '10:00', timeZone: 'Europe/Berlin', startsOn: '2026-11-01' } as const;
    // First on or after 2026-11-01 is Tuesday 2026-11-03; then every 14 days.
    expect(take(biweekly, '2026-12-02')).toEqual(['2026-12-15', '2026-12-29', '2027-01-12']);
    expect(take({ kind: 'once', date: '2026-12-10', time: '10:00', timeZone: 'UTC' }, '2026-12-11')).toEqual([]);
  });
});

describe('planOneOnOneTomorrow', () => {
  const weekly = (weekday: number): Cadence => ({ kind: 'weekly', weekday, time: '10:00', timeZone: 'Europe/Berlin' });

  it('is sent the day before the next 1:1 at the start of working hours in the user zone', () => {
    expect(show(planOneOnOneTomorrow(weekly(3), berlin, '2026-12-07', new Date('2026-12-07T00:00:00Z')))).toEqual(['2026-12-09', '2026-12-08T08:00:00.000Z']);
  });

  it('for a Monday 1:1 comes on the Friday before, not on a Sunday off', () => {
    expect(show(planOneOnOneTomorrow(weekly(1), berlin, '2026-12-08', new Date('2026-12-08T00:00:00Z')))).toEqual(['2026-12-14', '2026-12-11T08:00:00.000Z']);
  });

  it('moves on to the next 1:1 once this one\'s nudge time has passed, and chains from the day after an occurrence', () => {
    expect(show(planOneOnOneTomorrow(weekly(3), berlin, '2026-12-07', new Date('2026-12-08T08:00:00.001Z')))).toEqual(['2026-12-16', '2026-12-15T08:00:00.000Z']);
    expect(show(planOneOnOneTomorrow(weekly(3), berlin, '2026-12-10', new Date('2026-12-08T08:00:00Z')))).toEqual(['2026-12-16', '2026-12-15T08:00:00.000Z']);
  });

  it('is sent the previous UTC day for Auckland (UTC+13) and late in the UTC day for Los Angeles', () => {
    const auckland = defaultNudgeSettings('Pacific/Auckland');
    // Tuesday 09:00 in Auckland is Monday 20:00 UTC.
    expect(show(planOneOnOneTomorrow(weekly(3), auckland, '2026-12-07', new Date('2026-12-01T00:00:00Z')))).toEqual(['2026-12-09', '2026-12-07T20:00:00.000Z']);
    const la = { ...defaultNudgeSettings('America/Los_Angeles'), workingHours: { start: '16:30', end: '23:00', days: [1, 2, 3, 4, 5] } };
    // Tuesday 16:30 in Los Angeles (UTC-8) is Wednesday 00:30 UTC, across midnight.
    expect(show(planOneOnOneTomorrow(weekly(3), la, '2026-12-07', new Date('2026-12-01T00:00:00Z')))).toEqual(['2026-12-09', '2026-12-09T00:30:00.000Z']);
  });

  it('plans nothing when switched off, without a cadence, or after a one-off 1:1', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    expect(planOneOnOneTomorrow(weekly(3), off(berlin, 'oneOnOneTomorrow'), '2026-12-07', now)).toBeNull();
    expect(planOneOnOneTomorrow(null, berlin, '2026-12-07', now)).toBeNull();
    expect(planOneOnOneTomorrow({ kind: 'once', date: '2026-12-09', time: '10:00', timeZone: 'UTC' }, berlin, '2026-12-10', now)).toBeNull();
  });
});

describe('planUpdateDue', () => {
  const friday = { cadence: 'weekly', weekday: 5 } as const;

  it('is sent on the due day at the start of working hours', () => {
    expect(show(planUpdateDue(friday, [], berlin, '2026-12-07', new Date('2026-12-07T00:00:00Z')))).toEqual(['2026-12-11', '2026-12-11T08:00:00.000Z']);
  });

  it('skips a period whose update already went out', () => {
    expect(show(planUpdateDue(friday, ['2026-12-09'], berlin, '2026-12-07', new Date('2026-12-07T00:00:00Z')))).toEqual(['2026-12-18', '2026-12-18T08:00:00.000Z']);
  });

  it('for a month ending on a Thursday in Auckland, and on a working day before a Sunday month end', () => {
    const monthly = { cadence: 'monthly', weekday: 5 } as const;
    expect(show(planUpdateDue(monthly, [], defaultNudgeSettings('Pacific/Auckland'), '2026-12-07', new Date('2026-12-07T00:00:00Z')))).toEqual(['2026-12-31', '2026-12-30T20:00:00.000Z']);
    // 2027-01-31 is a Sunday: the nudge comes on Friday the 29th.
    expect(show(planUpdateDue(monthly, [], berlin, '2027-01-01', new Date('2027-01-01T00:00:00Z')))).toEqual(['2027-01-31', '2027-01-29T08:00:00.000Z']);
  });

  it('plans nothing when switched off or without a cadence in the profile', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    expect(planUpdateDue(friday, [], off(berlin, 'updateDue'), '2026-12-07', now)).toBeNull();
    expect(planUpdateDue(null, [], berlin, '2026-12-07', now)).toBeNull();
  });
});

describe('planWeeklyWins', () => {
  it('comes on the wins day at the start of working hours, then the week after', () => {
    expect(show(planWeeklyWins(berlin, '2026-12-07', new Date('2026-12-07T00:00:00Z')))).toEqual(['2026-12-11', '2026-12-11T08:00:00.000Z']);
    expect(show(planWeeklyWins(berlin, '2026-12-12', new Date('2026-12-11T08:00:00Z')))).toEqual(['2026-12-18', '2026-12-18T08:00:00.000Z']);
  });

  it('comes on the last working day before a wins day off, and crosses midnight UTC in Auckland', () => {
    expect(show(planWeeklyWins({ ...berlin, winsDay: 7 }, '2026-12-07', new Date('2026-12-07T00:00:00Z')))).toEqual(['2026-12-13', '2026-12-11T08:00:00.000Z']);
    expect(show(planWeeklyWins(defaultNudgeSettings('Pacific/Auckland'), '2026-12-07', new Date('2026-12-01T00:00:00Z')))).toEqual(['2026-12-11', '2026-12-10T20:00:00.000Z']);
  });

  it('plans nothing when switched off', () => {
    expect(planWeeklyWins(off(berlin, 'weeklyWins'), '2026-12-07', new Date('2026-12-07T00:00:00Z'))).toBeNull();
  });

  it('counts the week from Monday', () => {
    expect(weekOf('2026-12-13')).toEqual({ start: '2026-12-07', end: '2026-12-13' });
  });
});
