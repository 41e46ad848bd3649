import { describe, expect, it } from 'vitest';
import { guessProfileField } from './guessProfileField';

describe('guessProfileField: which "How they work" field a remark belongs to', () => {
  it.each([
    ['She prefers email for anything with numbers', 'channel'],
    ['Ping me on chat, never call', 'channel'],
    ['A short note every Friday, please', 'cadence'],
    ['Weekly email with the status', 'cadence'],
    ['Three bullets, detail only if I ask', 'format'],
    ['Lead with the metric, then the story', 'order'],
    ['Numbers first, always', 'order'],
    ['Give me feedback straight after the meeting', 'feedback'],
    ['Tuesday afternoons are best; avoid Mondays', 'openTimes'],
    ['He checks in on our OKRs every 1:1', 'followUp'],
    ['The board is worried about the budget', 'pressures'],
    ['She hates surprises in front of her boss', 'annoyances'],
    ['I can’t stand decks without a summary (curly apostrophe)', 'annoyances'],
  ] as const)('%s → %s', (text, field) => {
    expect(guessProfileField(text)).toBe(field);
  });

  it('falls back to how they measure success, the first field', () => {
    expect(guessProfileField('Churn below 2% is what counts')).toBe('success');
    expect(guessProfileField('')).toBe('success');
  });
});
