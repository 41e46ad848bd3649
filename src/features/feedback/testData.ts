import type { Feedback } from '@domain/feedback';

/** Stored feedback as the API returns it, for component and form tests. */
export function storedFeedback(extra: Partial<Feedback> = {}): Feedback {
  return {
    id: '01JD0000000000000000000000',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    etag: 'W/"1"',
    giver: 'Morgan',
    receivedOn: '2026-11-20',
    text: 'Send the deck a day ahead.',
    question: 'How could I have made the Q3 review better?',
    praise: false,
    origin: 'byHand',
    commitmentIds: [],
    ...extra,
  };
}
