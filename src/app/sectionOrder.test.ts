import { describe, expect, it } from 'vitest';
import type { Commitment } from '@domain/commitments';
import { personalSectionOrder } from './sectionOrder';

const today = '2026-06-10';
const commitment = (changes: Partial<Commitment>) => ({ status: 'open' as const, ...changes });

describe('personalSectionOrder', () => {
  it('leads with the commitments when one is overdue', () => {
    expect(personalSectionOrder([commitment({ dueDate: '2026-06-08' })], today)).toEqual(['commitments', 'goals', 'wins']);
  });

  it('leads with the commitments when one is due soon', () => {
    expect(personalSectionOrder([commitment({ dueDate: '2026-06-12' })], today)).toEqual(['commitments', 'goals', 'wins']);
  });

  it('keeps goals and wins first when nothing is due now', () => {
    expect(personalSectionOrder([], today)).toEqual(['goals', 'wins', 'commitments']);
    expect(personalSectionOrder([commitment({ dueDate: '2026-08-01' }), commitment({ dueDate: '2026-06-01', status: 'done', doneOn: '2026-06-01' })], today)).toEqual([
      'goals',
      'wins',
      'commitments',
    ]);
  });
});
