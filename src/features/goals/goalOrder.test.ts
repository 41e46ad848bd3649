import { describe, expect, it } from 'vitest';
import type { Goal } from '@domain/goals';
import { groupGoalsByHorizon } from './goalOrder';

const goal = (id: string, horizon: Goal['horizon'], status: Goal['status'], extra: Partial<Goal> = {}): Goal => ({
  id,
  title: id,
  why: '',
  horizon,
  status,
  progress: 0,
  sharedInOneOnOne: false,
  createdAt: `2026-01-01T00:00:0${id.length}Z`,
  updatedAt: '2026-01-01T00:00:00Z',
  etag: 'e',
  ...extra,
});

describe('groupGoalsByHorizon', () => {
  it('groups by horizon in order and leaves empty horizons out', () => {
    const groups = groupGoalsByHorizon([goal('d', 'date', 'active', { targetDate: '2027-01-01' }), goal('ten', '10y', 'active'), goal('one', '1y', 'active')]);
    expect(groups.map((group) => group.horizon)).toEqual(['1y', '10y', 'date']);
  });

  it('puts active goals first, then the nearest date, then the oldest', () => {
    const groups = groupGoalsByHorizon([
      goal('dropped', 'date', 'dropped', { targetDate: '2026-02-01' }),
      goal('later', 'date', 'active', { targetDate: '2027-06-01' }),
      goal('sooner', 'date', 'active', { targetDate: '2026-09-01' }),
      goal('done', 'date', 'achieved', { targetDate: '2026-01-01' }),
    ]);
    expect(groups[0]?.goals.map((item) => item.id)).toEqual(['sooner', 'later', 'done', 'dropped']);
  });
});
