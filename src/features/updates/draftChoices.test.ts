import { describe, expect, it } from 'vitest';
import { chatChoices } from './chatChoices';
import { droppedLines, keptLines, shownLines, withChoice, type DraftChoices, type DraftLine } from './draftChoices';
import { withOwnLines } from './ownLines';
import { cadenceSentence, dueDay } from './CadenceLine';

const lines: DraftLine[] = [
  { id: 'followThrough', section: 'numbers', text: 'Since Nov 27: 1 done', included: true },
  { id: 'win:a', section: 'wins', text: 'Shipped', included: true },
  { id: 'win:secret', section: 'wins', text: 'Private win', included: false },
  { id: 'commitment:c', section: 'done', text: 'Sent the deck', included: true },
];

describe('draft choices', () => {
  it('keeps only what is ticked and not dropped, in my words; private lines leave only when picked', () => {
    let choices: DraftChoices = new Map();
    expect(keptLines(lines, choices).map((line) => line.text)).toEqual(['Since Nov 27: 1 done', 'Shipped', 'Sent the deck']);
    choices = withChoice(choices, 'commitment:c', { dropped: true });
    choices = withChoice(choices, 'win:a', { text: 'Shipped two weeks early' });
    choices = withChoice(choices, 'win:secret', { included: true });
    expect(keptLines(lines, choices)).toEqual([
      { section: 'numbers', text: 'Since Nov 27: 1 done' },
      { section: 'wins', text: 'Shipped two weeks early' },
      { section: 'wins', text: 'Private win' },
    ]);
    expect(droppedLines(lines, choices).map((line) => line.id)).toEqual(['commitment:c']);
    expect(shownLines(lines, choices).find((line) => line.id === 'win:secret')).toMatchObject({ offered: true, included: true });
  });

  it('applies my choices to a re-draft by line id; lines that are new follow the draft', () => {
    const choices = withChoice(withChoice(new Map(), 'win:a', { text: 'Mine' }), 'gone', { dropped: true });
    const redraft: DraftLine[] = [{ id: 'win:a', section: 'wins', text: 'Shipped: two weeks early', included: true }, { id: 'win:b', section: 'wins', text: 'New', included: true }];
    expect(keptLines(redraft, choices).map((line) => line.text)).toEqual(['Mine', 'New']);
  });

  it('puts my own lines after the draft’s lines of their section, or at the end', () => {
    const own: DraftLine[] = [
      { id: 'own:1', section: 'wins', text: 'Mine', included: true },
      { id: 'own:2', section: 'feedback', text: 'Acted', included: true },
    ];
    expect(withOwnLines(lines, own).map((line) => line.id)).toEqual(['followThrough', 'win:a', 'win:secret', 'own:1', 'commitment:c', 'own:2']);
  });
});

describe('chat choices', () => {
  it('offers the chats from /me/chats and the one the route named', () => {
    expect(chatChoices({ chats: [{ chatId: 'a', others: ['Morgan'] }] }, 'b', 'c')).toEqual([
      { chatId: 'a', label: 'Our 1:1 (with Morgan)' },
      { chatId: 'b', label: 'The 1:1 you came from' },
    ]);
    expect(chatChoices({ chats: [{ chatId: 'a', others: ['Morgan'] }] }, 'a', undefined)).toHaveLength(1);
    expect(chatChoices({ chats: [{ chatId: 'a', others: [] }, { chatId: 'b', others: [] }] }, 'a', undefined).map((choice) => choice.label)).toEqual(['The 1:1 you came from', 'A 1:1 chat (names not known yet)']);
  });

  it('falls back to the route’s chat and the one this browser opened last without the list', () => {
    expect(chatChoices(undefined, 'b', 'c').map((choice) => choice.chatId)).toEqual(['b', 'c']);
    expect(chatChoices(undefined, 'b', 'b').map((choice) => choice.chatId)).toEqual(['b']);
    expect(chatChoices(undefined, undefined, undefined)).toEqual([]);
  });
});

describe('the cadence line', () => {
  it('says the day the next update is due and how many of the last periods were on time', () => {
    expect(dueDay('2026-12-11')).toBe('Fri Dec 11');
    const period = { start: '2026-11-30', end: '2026-12-06', due: '2026-12-04' };
    const periods = Array.from({ length: 8 }, (_, index) => ({ ...period, onTime: index > 1 }));
    expect(cadenceSentence({ cadence: 'weekly', weekday: 5, nextDue: '2026-12-11', overdue: false, onTime: 6, periods })).toBe('Next update due Fri Dec 11 · 6 of the last 8 on time');
    expect(cadenceSentence({ cadence: 'weekly', weekday: 5, nextDue: '2026-12-04', overdue: true, onTime: 0, periods: [] })).toBe('Next update due Fri Dec 4 (overdue) · no updates sent yet to count');
  });
});
