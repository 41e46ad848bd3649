import { describe, expect, it } from 'vitest';
import { describeAgendaChanges } from './agendaChanges';

const a = { id: 'a', etag: '1', title: 'Budget' };
const b = { id: 'b', etag: '1', title: 'Offsite' };
const c = { id: 'c', etag: '1', title: 'Hiring' };

describe('describeAgendaChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeAgendaChanges([a, b], [a, b])).toBeUndefined();
  });

  it('names a single added, changed or removed item', () => {
    expect(describeAgendaChanges([a], [a, b])).toBe('Agenda updated: “Offsite” added.');
    expect(describeAgendaChanges([a, b], [{ ...a, etag: '2' }])).toBe('Agenda updated: “Budget” changed; “Offsite” removed.');
  });

  it('counts several', () => {
    expect(describeAgendaChanges([], [a, b, c])).toBe('Agenda updated: 3 items added.');
  });
});
