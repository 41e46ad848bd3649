import { describe, expect, it } from 'vitest';
import { feedbackInputSchema } from '@domain/feedback';
import { feedbackDraft, feedbackInput } from './feedbackForm';
import { storedFeedback } from './testData';

const stored = storedFeedback({
  text: 'More numbers',
  question: '',
  about: { kind: 'win', id: '01JD0000000000000000000001' },
  origin: 'oneOnOne',
  resolution: { state: 'setAside', on: '2026-11-22', reason: 'Not mine' },
  commitmentIds: ['x'],
});

describe('the feedback form', () => {
  it('round-trips stored feedback into a valid body, keeping its origin and resolution but not the server links', () => {
    const body = feedbackInput(feedbackDraft(stored, '2026-12-03'));
    expect(body).toEqual({ giver: 'Morgan', receivedOn: '2026-11-20', text: 'More numbers', question: '', praise: false, origin: 'oneOnOne', about: stored.about, resolution: stored.resolution });
    expect(feedbackInputSchema.safeParse(body).success).toBe(true);
  });

  it('starts new feedback today, answering a question about an item when asked', () => {
    const draft = feedbackDraft(undefined, '2026-12-03', { question: 'How was it?', about: 'goal:01JD0000000000000000000002' });
    expect(feedbackInput(draft)).toMatchObject({ receivedOn: '2026-12-03', question: 'How was it?', about: { kind: 'goal', id: '01JD0000000000000000000002' }, origin: 'byHand' });
    expect(feedbackInput(feedbackDraft(undefined, '2026-12-03'))).not.toHaveProperty('about');
  });

  it('replaces the resolution when one is given', () => {
    const resolution = { state: 'actedOn' as const, on: '2026-12-01', note: 'Sent numbers first' };
    expect(feedbackInput(feedbackDraft(stored, '2026-12-03'), resolution).resolution).toEqual(resolution);
  });
});
