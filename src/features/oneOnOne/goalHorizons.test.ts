import { describe, expect, it } from 'vitest';
import { horizonText } from './goalHorizons';

describe('horizonText', () => {
  it('names years, or the target date', () => {
    expect(horizonText({ horizon: '5y' }, String)).toBe('In 5 years');
    expect(horizonText({ horizon: 'date', targetDate: '2027-06-01' }, (date) => `[${date}]`)).toBe('By [2027-06-01]');
  });
});
