import { describe, expect, it } from 'vitest';
import type { RecordSummary } from '@domain/oneOnOne';
import { recordLine } from './closeSummary';
import { mergeRecords } from './recordList';
import { EMPLOYEE, MANAGER } from './testData';

const summary = (id: string, closedAt: string): RecordSummary => ({
  id,
  date: closedAt.slice(0, 10),
  closedAt,
  closedBy: MANAGER,
  itemCount: 2,
  discussedCount: 1,
  carriedOverCount: 1,
});

describe('the history list', () => {
  it('merges the recent records with the pages loaded, newest first, each once', () => {
    const a = summary('a', '2026-03-01T10:00:00.000Z');
    const b = summary('b', '2026-03-08T10:00:00.000Z');
    const c = summary('c', '2026-03-15T10:00:00.000Z');
    expect(mergeRecords([c, b], [b, a]).map((record) => record.id)).toEqual(['c', 'b', 'a']);
  });

  it('says who closed a 1:1, "you" for the viewer', () => {
    const record = summary('a', '2026-03-01T10:00:00.000Z');
    expect(recordLine(record, EMPLOYEE.objectId)).toBe('2 items · 1 discussed · 1 carried over · closed by Morgan');
    expect(recordLine(record, MANAGER.objectId)).toMatch(/closed by you$/);
  });
});
