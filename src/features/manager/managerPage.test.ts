import { describe, expect, it } from 'vitest';
import type { Priority } from '@domain/manager/managerProfile';
import type { ManagerView } from '@domain/manager/managerView';
import { contentOf, positionForMove, profileToShow } from './managerPage';
import { entrySourceText } from './entrySource';

const stored = (id: string, createdAt: string) => ({ id, createdAt, updatedAt: createdAt, etag: 'e' });
const morgan = { ...stored('A', '2026-01-01T00:00:00Z'), name: 'Morgan' };
const riley = { ...stored('B', '2026-06-01T00:00:00Z'), name: 'Riley' };
const priority = (id: string, position: number, profileId = 'B'): Priority => ({ ...stored(id, '2026-06-02T00:00:00Z'), profileId, title: id, why: '', position, origin: 'observation', notedOn: '2026-06-02' });

describe('the My manager page', () => {
  it('shows my current manager unless I picked an earlier one that still exists', () => {
    expect(profileToShow([morgan, riley], undefined)?.name).toBe('Riley');
    expect(profileToShow([morgan, riley], 'A')?.name).toBe('Morgan');
    expect(profileToShow([morgan, riley], 'gone')?.name).toBe('Riley');
    expect(profileToShow([], undefined)).toBeUndefined();
  });

  it('keeps each profile’s entries to itself, newest first by field, priorities ranked with what supports them', () => {
    const insight = (id: string, profileId: string, notedOn: string) => ({ ...stored(id, `${notedOn}T00:00:00Z`), profileId, field: 'channel' as const, text: id, origin: 'observation' as const, notedOn });
    const view: ManagerView = {
      profiles: [morgan, riley],
      insights: [insight('old', 'B', '2026-06-01'), insight('new', 'B', '2026-07-01'), insight('morgan', 'A', '2026-02-01')],
      priorities: [priority('second', 2), priority('first', 1), priority('mine', 1, 'A')],
      supporting: [{ kind: 'goal', id: 'g', title: 'Grow', priorityId: 'first' }],
    };
    const content = contentOf(view, riley);
    expect(content.isCurrent).toBe(true);
    expect(content.insightsByField.get('channel')?.map((entry) => entry.id)).toEqual(['new', 'old']);
    expect(content.priorities.map((entry) => entry.id)).toEqual(['first', 'second']);
    expect(content.supportOf('first').map((item) => item.title)).toEqual(['Grow']);
    expect(content.supportOf('second')).toEqual([]);
    expect(contentOf(view, morgan).isCurrent).toBe(false);
  });

  it('moves a priority by rewriting only its position', () => {
    const ranked = [priority('a', 1), priority('b', 2), priority('c', 3)];
    expect(positionForMove(ranked, 2, 'up')).toBe(1.5);
    expect(positionForMove(ranked, 1, 'up')).toBe(0);
    expect(positionForMove(ranked, 0, 'down')).toBe(2.5);
    expect(positionForMove(ranked, 2, 'down')).toBeUndefined();
    expect(positionForMove(ranked, 0, 'up')).toBeUndefined();
  });

  it('says where an entry came from and when', () => {
    expect(entrySourceText('oneOnOne', '2026-12-03')).toMatch(/^Asked in our 1:1 on .*2026/);
    expect(entrySourceText('observation', '2026-12-03')).toMatch(/^My observation, /);
  });
});
