import { describe, expect, it } from 'vitest';
import { carriedOverText, closeMessage, closePreview, recordSummaryText } from './closeSummary';

describe('closing a 1:1', () => {
  it('counts what is filed and what carries over', () => {
    expect(closePreview([{ discussed: true }, { discussed: false }, { discussed: false }])).toEqual({ discussed: 1, carrying: 2 });
  });

  it('explains the close in words', () => {
    expect(closeMessage({ discussed: 1, carrying: 2 })).toBe(
      'Today’s agenda (3 items, 1 discussed) becomes a dated record in the history. 2 items not discussed carry over to the next agenda, marked as carried over.',
    );
    expect(closeMessage({ discussed: 1, carrying: 1 })).toContain('1 item not discussed carries over');
    expect(closeMessage({ discussed: 2, carrying: 0 })).toContain('the next agenda starts empty');
  });

  it('summarises a past 1:1', () => {
    expect(recordSummaryText({ itemCount: 1, discussedCount: 0, carriedOverCount: 1 })).toBe('1 item · 0 discussed · 1 carried over');
  });

  it('says where a carried item came from, and how often it moved on', () => {
    expect(carriedOverText({ times: 1, from: '2026-03-04' })).toMatch(/^Carried over from .*2026/);
    expect(carriedOverText({ times: 3, from: '2026-03-04' })).toMatch(/\(3 times\)$/);
  });
});
