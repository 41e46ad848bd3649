import { describe, expect, it } from 'vitest';
import { addDays as contractAddDays } from '../../../api/src/domain/followThrough';
import { addDays, daysBetween } from './commitmentDates';

describe('commitmentDates', () => {
  it.each([
    ['2028-02-28', 1],
    ['2026-03-01', -1],
    ['2026-12-31', 1],
    ['2026-06-10', -89],
    ['2026-03-28', 7],
  ])('adds days like the contract: %s %+d', (date, days) => {
    expect(addDays(date, days)).toBe(contractAddDays(date, days));
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
