import { describe, expect, it } from 'vitest';
import { goalDateWarning, winDateWarning } from './dateWarnings';

describe('date warnings', () => {
  it('warns about a win dated after today, not about today or earlier', () => {
    expect(winDateWarning('2030-01-01', '2026-12-01')).toMatch(/in the future/);
    expect(winDateWarning('2026-12-01', '2026-12-01')).toBeUndefined();
    expect(winDateWarning('', '2026-12-01')).toBeUndefined();
  });

  it('warns about an active goal past its date, not an achieved one or one still ahead', () => {
    expect(goalDateWarning({ status: 'active', targetDate: '2026-11-30' }, '2026-12-01')).toMatch(/has passed/);
    expect(goalDateWarning({ status: 'achieved', targetDate: '2026-11-30' }, '2026-12-01')).toBeUndefined();
    expect(goalDateWarning({ status: 'active', targetDate: '2026-12-01' }, '2026-12-01')).toBeUndefined();
    expect(goalDateWarning({ status: 'active', targetDate: undefined }, '2026-12-01')).toBeUndefined();
  });
});
