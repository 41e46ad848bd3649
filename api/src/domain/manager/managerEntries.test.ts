import { describe, expect, it } from 'vitest';
import { byPosition, currentProfileOf, positionAfterLast } from './currentProfile';
import { insightInputSchema } from './managerProfile';
import { priorityFromAnswer } from './profileCapture';
import { CHECK_AGAIN_AFTER_DAYS, needsCheckingAgain } from './staleness';

const profile = (id: string, createdAt: string) => ({ id, createdAt });

describe('profiles and their entries', () => {
  it('takes the profile started last as my current manager’s', () => {
    expect(currentProfileOf([])).toBeUndefined();
    expect(currentProfileOf([profile('A', '2026-01-01T00:00:00Z'), profile('B', '2026-06-01T00:00:00Z'), profile('C', '2026-03-01T00:00:00Z')])?.id).toBe('B');
  });

  it('ranks priorities by position and puts a new one last', () => {
    const ranked = byPosition([
      { id: 'b', position: 2 },
      { id: 'a', position: 0.5 },
      { id: 'c', position: 2 },
    ]);
    expect(ranked.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(positionAfterLast(ranked)).toBe(3);
    expect(positionAfterLast([])).toBe(1);
  });

  it('marks an entry "check again" only once it is older than the limit', () => {
    expect(CHECK_AGAIN_AFTER_DAYS).toBe(90);
    expect(needsCheckingAgain('2026-09-02', '2026-12-01')).toBe(false);
    expect(needsCheckingAgain('2026-09-01', '2026-12-01')).toBe(true);
  });

  it('makes a priority from an answer: its first line as the title, cut to fit', () => {
    expect(priorityFromAnswer('Hit the launch date')).toEqual({ title: 'Hit the launch date', why: '' });
    expect(priorityFromAnswer('Launch\nBecause the VP promised')).toEqual({ title: 'Launch', why: 'Launch\nBecause the VP promised' });
    const long = priorityFromAnswer('x'.repeat(500));
    expect(long.title).toHaveLength(200);
    expect(long.title.endsWith('…')).toBe(true);
  });

  it('accepts a choice only from the field’s own choices', () => {
    const entry = { profileId: '01JD0000000000000000000000', field: 'format', text: 'Three bullets', notedOn: '2026-12-01' };
    expect(insightInputSchema.safeParse({ ...entry, choice: 'bullets' }).success).toBe(true);
    expect(insightInputSchema.safeParse({ ...entry, choice: 'chat' }).success).toBe(false);
    expect(insightInputSchema.safeParse({ ...entry, field: 'success', choice: 'bullets' }).success).toBe(false);
  });
});
