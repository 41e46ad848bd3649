import { describe, expect, it } from 'vitest';
import { initialPeriod, periodDates } from './packPeriod';

describe('periodDates', () => {
  it('gives a preset’s dates on the day, and the custom range as typed', () => {
    expect(periodDates(initialPeriod('2026-12-03'), '2026-12-03')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodDates({ choice: 'half', from: '', to: '' }, '2026-12-03')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodDates({ choice: 'custom', from: '2026-10-01', to: '' }, '2026-12-03')).toEqual({ from: '2026-10-01', to: '' });
  });
});
