import { describe, expect, it } from 'vitest';
import { addDays } from '../calendarDates';
import { isoWeekday } from '../cadence';
import { periodOf, rhythmFrom, updateConsistency } from './updateCadence';

const weekly = rhythmFrom('weekly', 'A short note every Friday');

describe('update cadence', () => {
  it('reads the day from the words, Friday when none is named', () => {
    expect(rhythmFrom('weekly', 'Mondays, before standup')).toEqual({ cadence: 'weekly', weekday: 1 });
    expect(rhythmFrom('fortnightly', 'every other week')).toEqual({ cadence: 'fortnightly', weekday: 5 });
  });

  it('places a date in its period', () => {
    expect(periodOf(weekly, '2026-12-03')).toEqual({ start: '2026-11-30', end: '2026-12-06', due: '2026-12-04' });
    expect(periodOf({ cadence: 'daily', weekday: 5 }, '2026-12-05')).toEqual({ start: '2026-12-05', end: '2026-12-07', due: '2026-12-07' });
    expect(periodOf({ cadence: 'monthly', weekday: 5 }, '2026-02-10')).toEqual({ start: '2026-02-01', end: '2026-02-28', due: '2026-02-28' });
    const fortnight = periodOf({ cadence: 'fortnightly', weekday: 5 }, '2026-12-03');
    expect(periodOf({ cadence: 'fortnightly', weekday: 5 }, fortnight.end)).toEqual(fortnight);
    // Two weeks from a Monday, due on the Friday of the second.
    expect([isoWeekday(fortnight.start), addDays(fortnight.start, 13), addDays(fortnight.start, 11)]).toEqual([1, fortnight.end, fortnight.due]);
    expect(periodOf({ cadence: 'fortnightly', weekday: 5 }, addDays(fortnight.end, 1)).start).toBe(addDays(fortnight.end, 1));
  });

  it('says when the next update is due and counts the settled periods on time', () => {
    // Sent on the Fridays of Nov 13 and Nov 27, late on Wed Nov 18 for the week of Nov 16; nothing yet this week.
    const status = updateConsistency(weekly, ['2026-11-13', '2026-11-18', '2026-11-27'], '2026-12-03');
    expect(status.nextDue).toBe('2026-12-04');
    expect(status.overdue).toBe(false);
    expect(status.periods.map((period) => [period.start, period.onTime])).toEqual([
      ['2026-11-09', true],
      ['2026-11-16', true],
      ['2026-11-23', true],
    ]);
    const late = updateConsistency(weekly, ['2026-11-13', '2026-11-21'], '2026-12-05');
    expect(late.overdue).toBe(true);
    expect(late.periods.map((period) => period.onTime)).toEqual([true, false, false, false]);
    expect(late.onTime).toBe(1);
  });

  it('moves the next due date on once this period has its update, and keeps at most 8 periods', () => {
    const sent = Array.from({ length: 12 }, (_, week) => new Date(Date.UTC(2026, 8, 4 + week * 7)).toISOString().slice(0, 10));
    const status = updateConsistency(weekly, [...sent, '2026-12-02'], '2026-12-03');
    expect(status.nextDue).toBe('2026-12-11');
    expect(status.periods).toHaveLength(8);
  });
});
