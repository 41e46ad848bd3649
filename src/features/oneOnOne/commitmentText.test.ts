import { describe, expect, it } from 'vitest';
import { dueText } from './commitmentText';

describe('dueText', () => {
  it('says overdue in words', () => {
    expect(dueText({ status: 'open', dueDate: '2026-03-01', overdue: true })).toMatch(/^Overdue: was due .*2026/);
    expect(dueText({ status: 'open', dueDate: '2026-03-01', overdue: false })).toMatch(/^Due .*2026/);
    expect(dueText({ status: 'open', overdue: false })).toBe('No due date');
  });

  it('tells finished commitments apart', () => {
    expect(dueText({ status: 'done', doneOn: '2026-03-02', overdue: false })).toMatch(/^Done on /);
    expect(dueText({ status: 'done', overdue: false })).toBe('Done');
    expect(dueText({ status: 'dropped', dueDate: '2026-03-01', overdue: false })).toBe('No longer planned');
  });
});
