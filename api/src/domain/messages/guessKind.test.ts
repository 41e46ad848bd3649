import { describe, it, expect } from 'vitest';
import { guessKind } from './guessKind';

const ME = '6e2f1c7a-1b2c-4d5e-8f90-123456789abc';
const MANAGER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const mine = (text: string) => guessKind({ text, authorAadObjectId: ME, loggerAadObjectId: ME });
const theirs = (text: string) => guessKind({ text, authorAadObjectId: MANAGER, loggerAadObjectId: ME });

describe('guessKind on my own message', () => {
  it.each([
    "Hi Megan Bowen, I'll send the deck by Friday",
    'I’ll send it over (curly apostrophe)',
    'I will review the doc',
    'I can take the follow-up',
    "I'm going to draft the plan",
    'We are going to fix the build',
    'Will do!',
    'on it',
    'Let me check with finance',
    "I'll get back to you",
    'Sure, by tomorrow',
    'Numbers by EOD',
    'Slides by 3 June',
    'the report, by the end of the week',
    "Merged the first half, I'll finish the rest by Monday",
  ])('a promise is a commitment: %s', (text) => {
    expect(mine(text)).toBe('commitment');
  });

  it.each([
    'Shipped the new onboarding flow today',
    'We launched v2 🚀',
    'Closed the Contoso deal',
    'Delivered the migration two weeks early',
    'Migration completed',
    'PR merged',
    'Released 4.2 to production',
    'We hit the quarterly target',
    'It is done',
    'Done. All green.',
    'The dashboard is now live',
  ])('a reported achievement is a win: %s', (text) => {
    expect(mine(text)).toBe('win');
  });

  it.each([
    'Notes from the planning meeting',
    "Haven't shipped it yet",
    "We won't make the demo",
    'Revenue grew by 20%, need to look into churn',
    '',
  ])('anything else falls back to a commitment: %s', (text) => {
    expect(mine(text)).toBe('commitment');
  });

  it('matches the author to the logger regardless of GUID case', () => {
    expect(guessKind({ text: 'Notes', authorAadObjectId: ME.toUpperCase(), loggerAadObjectId: ME })).toBe('commitment');
  });
});

describe("guessKind on someone else's message", () => {
  it.each([
    'Thanks for pulling this together!',
    'Thank you so much',
    'thx',
    'Great job on the launch',
    'Well done, everyone',
    'Kudos to the team',
    'Congrats on the promotion',
    'Congratulations!',
    'Nice work',
    'That demo was amazing',
    'Really appreciate your help',
    'Shout-out to Megan for the analysis',
    '🎉',
    '👏🏽👏🏽',
    '🙌',
    'You rock — can you share the slides with the team too?',
  ])('praise or thanks is a win: %s', (text) => {
    expect(theirs(text)).toBe('win');
  });

  it.each([
    'Can you send me the Q3 numbers by Friday?',
    'Could you take a look at the proposal',
    'Please update the roadmap before the review',
    'Thanks in advance, can you book the room?',
    "I'd appreciate it if you could draft the memo",
  ])('a request to me is a commitment: %s', (text) => {
    expect(theirs(text)).toBe('commitment');
  });

  it('how they like to work is an insight about my manager', () => {
    const preferences = ['I prefer email for anything with numbers', "I'd rather see the numbers first", 'I hate it when I hear about a slip from my boss', 'Honestly I can’t stand decks without a summary'];
    expect(preferences.map(theirs)).toEqual(preferences.map(() => 'insight'));
  });

  it.each([
    'Next time, send the deck a day ahead',
    'You could have opened with the numbers',
    'It would have helped to see the risks first',
    'My feedback on the Q3 review: shorter, please',
    "I'd suggest a one-line summary on top",
  ])('advice on how I did is feedback: %s', (text) => {
    expect(theirs(text)).toBe('feedback');
  });

  it('my own "next time" is not feedback', () => {
    expect(mine('Next time I will book the room earlier')).not.toBe('feedback');
  });

  it('my own preference is not an insight about my manager', () => {
    expect(mine('I prefer to send the notes on Friday')).toBe('commitment');
  });

  it.each(['The review is on Thursday', "I'll send the deck by Friday", 'No thanks', ''])(
    'anything else falls back to a win: %s',
    (text) => {
      expect(theirs(text)).toBe('win');
    },
  );

  it('treats an unknown author or logger as someone else', () => {
    expect(guessKind({ text: 'Notes', authorAadObjectId: undefined, loggerAadObjectId: ME })).toBe('win');
    expect(guessKind({ text: 'Notes', authorAadObjectId: ME, loggerAadObjectId: undefined })).toBe('win');
    expect(guessKind({ text: 'Notes', authorAadObjectId: undefined, loggerAadObjectId: undefined })).toBe('win');
    expect(guessKind({ text: 'Notes', authorAadObjectId: '', loggerAadObjectId: '' })).toBe('win');
  });

  it('the same promise is a commitment from me but not from them', () => {
    const text = "I'll send the deck by Friday";
    expect(mine(text)).toBe('commitment');
    expect(theirs(text)).toBe('win');
  });

  it('the same achievement is a win either way', () => {
    expect(mine('Shipped!')).toBe('win');
    expect(theirs('Shipped!')).toBe('win');
  });
});
