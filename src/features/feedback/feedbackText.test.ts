import { describe, expect, it } from 'vitest';
import { figureText, itemLabel, suggestedQuestion, winFromPraise } from './feedbackText';

describe('feedback text', () => {
  it('states the figure, or that there is none yet', () => {
    expect(figureText({ actedOn: 3, medianDaysToAct: 10 })).toBe('3 acted on in the last 180 days; median 10 days from received to acted on.');
    expect(figureText({ actedOn: 1, medianDaysToAct: 1 })).toContain('median 1 day ');
    expect(figureText({ actedOn: 0 })).toBe('Nothing acted on in the last 180 days yet.');
  });

  it('names items and suggests a question about one, or on its own', () => {
    expect(itemLabel({ kind: 'win', title: 'Q3 review' })).toBe('Win: Q3 review');
    expect(suggestedQuestion({ title: 'the Q3 review' })).toBe('How could I have made “the Q3 review” better?');
    expect(suggestedQuestion(undefined)).toBe('What is one thing I could do better?');
  });

  it('keeps praise as a win titled by its first line, within the title limit', () => {
    expect(winFromPraise({ text: 'Great demo!\nThe VP loved it.', giver: 'Morgan', receivedOn: '2026-11-20' })).toEqual({
      title: 'Great demo!',
      impact: 'Morgan: “Great demo!\nThe VP loved it.”',
      date: '2026-11-20',
    });
    expect(winFromPraise({ text: 'x'.repeat(500), giver: 'M', receivedOn: '2026-11-20' }).title).toHaveLength(200);
  });
});
