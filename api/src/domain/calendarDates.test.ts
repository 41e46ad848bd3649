import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, utcDateOf } from './calendarDates';

describe('calendar dates', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-06-10', -89, '2026-03-13'],
    ['2026-03-28', 7, '2026-04-04'],
  ] as const)('adds days across months, years, leap days and DST: %s %+d', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("takes a moment's date in UTC, whatever the server's zone", () => {
    expect(utcDateOf(new Date('2026-12-06T23:30:00-05:00'))).toBe('2026-12-07');
    expect(utcDateOf(new Date('2026-12-07T00:30:00+02:00'))).toBe('2026-12-06');
  });

  it('counts whole days between dates, across months and a leap day', () => {
    expect(daysBetween('2026-06-10', '2026-06-10')).toBe(0);
    expect(daysBetween('2026-06-10', '2026-06-12')).toBe(2);
    expect(daysBetween('2026-06-12', '2026-06-10')).toBe(-2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    // Daylight-saving changes do not matter: the arithmetic is in UTC.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('calendar dates before the year 100', () => {
  it('are not read as 1900-1999', () => {
    expect(daysBetween('0001-01-01', '0001-01-02')).toBe(1);
    expect(daysBetween('0001-01-01', '1901-01-01')).toBe(693_960);
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });
});
