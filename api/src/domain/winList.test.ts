import { describe, expect, it } from 'vitest';
import { compareWinsNewestFirst, filterWins, isFiltered } from './winList';
import type { Win, WinFilter } from './wins';

const win = (id: string, date: string, createdAt: string, goalId?: string): Win => ({
  id,
  title: id,
  impact: '',
  date,
  createdAt,
  updatedAt: createdAt,
  etag: 'e',
  sharedInOneOnOne: false,
  ...(goalId === undefined ? {} : { goalId }),
});

const wins = [
  win('a', '2026-01-10', '2026-01-10T09:00:00Z', 'g1'),
  win('b', '2026-02-15', '2026-02-15T09:00:00Z', 'g2'),
  win('c', '2026-02-15', '2026-02-16T09:00:00Z', 'g1'),
  win('d', '2026-04-01', '2026-04-01T09:00:00Z'),
];

describe('the wins list rules', () => {
  it.each<[WinFilter, string[]]>([
    [{}, ['d', 'c', 'b', 'a']],
    [{ goalId: 'g1' }, ['c', 'a']],
    [{ from: '2026-02-15' }, ['d', 'c', 'b']],
    [{ to: '2026-02-15' }, ['c', 'b', 'a']],
    [{ goalId: 'g1', from: '2026-02-01', to: '2026-03-01' }, ['c']],
    [{ from: '2026-05-01' }, []],
  ])('filters %o (dates inclusive), newest first', (filter, expected) => {
    expect(filterWins(wins, filter).map((item) => item.id)).toEqual(expected);
  });

  it('orders newest first, then by creation', () => {
    expect([...wins].sort(compareWinsNewestFirst).map((item) => item.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('knows when a filter is set', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ goalId: undefined, from: undefined })).toBe(false);
    expect(isFiltered({ to: '2026-01-01' })).toBe(true);
  });
});
