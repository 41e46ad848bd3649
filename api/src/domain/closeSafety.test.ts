import { describe, expect, it } from 'vitest';
import { canUndo, historyWithout, needsSameDayConfirmation, undoDeadline } from './closeSafety';
import type { History, RecordSummary } from './oneOnOne';

const person = { objectId: 'a1', name: 'Avery' };
const summary = (id: string, date: string): RecordSummary => ({ id, date, closedAt: `${date}T10:00:00.000Z`, closedBy: person, itemCount: 1, discussedCount: 1, carriedOverCount: 0 });
const history: History = { lastRecordId: 'r2', lastDate: '2026-12-08', lastClosedAt: '2026-12-08T10:00:00.000Z', recent: [summary('r2', '2026-12-08'), summary('r1', '2026-12-01')] };

describe('close safety', () => {
  it('a close can be undone for ten minutes', () => {
    expect(undoDeadline('2026-12-08T10:00:00.000Z')).toBe('2026-12-08T10:10:00.000Z');
    expect(canUndo('2026-12-08T10:00:00.000Z', new Date('2026-12-08T10:10:00.000Z'))).toBe(true);
    expect(canUndo('2026-12-08T10:00:00.000Z', new Date('2026-12-08T10:10:00.001Z'))).toBe(false);
  });

  it('a second close on the same day needs confirming; another day does not', () => {
    expect(needsSameDayConfirmation(history, '2026-12-08', false)).toBe(true);
    expect(needsSameDayConfirmation(history, '2026-12-08', true)).toBe(false);
    expect(needsSameDayConfirmation(history, '2026-12-09', false)).toBe(false);
    expect(needsSameDayConfirmation(undefined, '2026-12-08', false)).toBe(false);
  });

  it('taking back the latest record makes the one before it the last', () => {
    expect(historyWithout(history, 'r2')).toEqual({ lastRecordId: 'r1', lastDate: '2026-12-01', lastClosedAt: '2026-12-01T10:00:00.000Z', recent: [summary('r1', '2026-12-01')] });
    expect(historyWithout({ ...history, recent: [summary('r2', '2026-12-08')] }, 'r2')).toBeUndefined();
  });
});
