import { describe, expect, it } from 'vitest';
import { sourceText } from '../../shared/ui/MessageSourceLink';
import { dueText, followThroughText, timelinessText } from './commitmentText';

const today = '2026-06-10';

describe('commitmentText', () => {
  it('says when an open commitment is due, relative to today', () => {
    expect(dueText(undefined, today)).toBeUndefined();
    expect(dueText('2026-06-09', today)).toBe('Overdue by 1 day');
    expect(dueText('2026-06-01', today)).toBe('Overdue by 9 days');
    expect(dueText(today, today)).toBe('Due today');
    expect(dueText('2026-06-11', today)).toBe('Due tomorrow');
    expect(dueText('2026-06-17', today)).toBe('Due in 7 days');
  });

  it('says whether a done commitment met its due date', () => {
    expect(timelinessText({ dueDate: '2026-06-10', doneOn: '2026-06-10' })).toBe('on time');
    expect(timelinessText({ dueDate: '2026-06-10', doneOn: '2026-06-01' })).toBe('on time');
    expect(timelinessText({ dueDate: '2026-06-10', doneOn: '2026-06-11' })).toBe('1 day late');
    expect(timelinessText({ dueDate: '2026-06-10', doneOn: '2026-06-13' })).toBe('3 days late');
    expect(timelinessText({ doneOn: '2026-06-13' })).toBeUndefined();
  });

  it('names the author of the source message when known', () => {
    expect(sourceText('Morgan Lee')).toBe('From a message by Morgan Lee');
    expect(sourceText('  ')).toBe('From a chat message');
    expect(sourceText(undefined)).toBe('From a chat message');
  });

  it('states the follow-through figure with what it counts', () => {
    expect(followThroughText({ from: '2026-03-13', to: today, due: 5, doneOnTime: 4, rate: 0.8 })).toEqual({
      headline: 'Follow-through: 80%',
      detail: '4 of 5 due in the last 90 days done on time',
    });
    expect(followThroughText({ from: '2026-03-13', to: today, due: 3, doneOnTime: 2, rate: 2 / 3 }).headline).toBe('Follow-through: 67%');
    expect(followThroughText({ from: '2026-03-13', to: today, due: 1, doneOnTime: 0, rate: 0 }).headline).toBe('Follow-through: 0%');
  });

  it('shows no made-up figure when nothing was due', () => {
    const text = followThroughText({ from: '2026-03-13', to: today, due: 0, doneOnTime: 0, rate: null });
    expect(text.headline).toBe('Follow-through: nothing to measure yet');
    expect(text.detail).toMatch(/due dates/);
    expect(text.headline).not.toMatch(/%/);
  });
});
