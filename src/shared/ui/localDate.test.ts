import { describe, expect, it } from 'vitest';
import { todayIsoDate } from './localDate';

describe('todayIsoDate', () => {
  it('uses the local calendar day, late in the evening too', () => {
    expect(todayIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
