import { describe, expect, it } from 'vitest';
import type { Goal } from '@domain/goals';
import { winInputSchema, type Win } from '@domain/wins';
import { todayIsoDate } from '../../shared/ui/localDate';
import { winDraftToInput, winToDraft } from './winForm';

const goal = { id: '01HZZZZZZZZZZZZZZZZZZZZZZZ', title: 'Grow', status: 'active' } as Goal;

describe('winForm', () => {
  it('starts a new win today, unshared and without a goal', () => {
    const draft = winToDraft(undefined, [goal]);
    expect(draft).toMatchObject({ title: '', date: todayIsoDate(), goalId: '', evidenceUrl: '', sharedInOneOnOne: false });
  });

  it('drops a link to a goal that no longer exists', () => {
    const win = { title: 't', impact: '', date: '2026-01-01', goalId: '01HYYYYYYYYYYYYYYYYYYYYYYY', sharedInOneOnOne: true } as Win;
    expect(winToDraft(win, [goal]).goalId).toBe('');
    expect(winToDraft({ ...win, goalId: goal.id }, [goal]).goalId).toBe(goal.id);
  });

  it('leaves out an empty link and goal, and trims the link', () => {
    const base = { title: 'Shipped', impact: 'x', date: '2026-03-01', evidenceUrl: '', goalId: '', sharedInOneOnOne: false, supportsPriorityId: '' };
    expect(winDraftToInput(base)).toEqual({ title: 'Shipped', impact: 'x', date: '2026-03-01', sharedInOneOnOne: false });
    expect(winDraftToInput({ ...base, evidenceUrl: ' https://example.com ', goalId: goal.id })).toMatchObject({
      evidenceUrl: 'https://example.com',
      goalId: goal.id,
    });
  });

  it('lets the contract refuse a link that is not http(s)', () => {
    const input = winDraftToInput({ title: 'x', impact: '', date: '2026-03-01', evidenceUrl: 'javascript:alert(1)', goalId: '', sharedInOneOnOne: false, supportsPriorityId: '' });
    expect(winInputSchema.safeParse(input).success).toBe(false);
  });
});
