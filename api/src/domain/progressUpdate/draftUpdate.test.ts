import { describe, expect, it } from 'vitest';
import type { Commitment } from '../commitments';
import type { Feedback } from '../feedback';
import type { Goal } from '../goals';
import type { Win } from '../wins';
import { draftUpdate, type DraftInput } from './draftUpdate';

const stored = (id: string) => ({ id, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z', etag: 'e' });
const commitment = (id: string, fields: Partial<Commitment>): Commitment => ({ ...stored(id), title: `Commitment ${id}`, details: '', toWhom: 'Morgan', status: 'open', sharedInOneOnOne: true, ...fields });
const win = (id: string, fields: Partial<Win>): Win => ({ ...stored(id), title: `Win ${id}`, impact: 'Saved a day', date: '2026-12-02', sharedInOneOnOne: true, ...fields });
const goal = (id: string, fields: Partial<Goal>): Goal => ({ ...stored(id), title: `Goal ${id}`, why: '', horizon: '1y', status: 'active', progress: 40, sharedInOneOnOne: true, ...fields });
const feedback = (id: string, fields: Partial<Feedback>): Feedback => ({
  ...stored(id),
  giver: 'Morgan',
  receivedOn: '2026-11-20',
  text: 'Lead with the ask.',
  question: '',
  praise: false,
  origin: 'byHand',
  commitmentIds: [],
  resolution: { state: 'actedOn', on: '2026-12-01', note: 'I now open with the ask.' },
  ...fields,
});
const input = (fields: Partial<DraftInput>): DraftInput => ({ today: '2026-12-03', since: '2026-11-27', commitments: [], wins: [], goals: [], feedback: [], headsUps: [], ...fields });
const bullets = { format: 'bullets', order: 'numbersFirst' } as const;

describe('draftUpdate', () => {
  it('writes what changed since the last update: done, slipped, coming up, wins, goals, feedback, heads-ups', () => {
    const lines = draftUpdate(
      input({
        commitments: [
          commitment('done', { status: 'done', doneOn: '2026-12-01', dueDate: '2026-12-02' }),
          commitment('before', { status: 'done', doneOn: '2026-11-27' }),
          commitment('late', { dueDate: '2026-12-01' }),
          commitment('older', { dueDate: '2026-11-20' }),
          commitment('olderPrivate', { dueDate: '2026-11-21', sharedInOneOnOne: false }),
          commitment('soon', { dueDate: '2026-12-05' }),
          commitment('far', { dueDate: '2027-02-01' }),
        ],
        wins: [win('new', { goalId: 'g1' }), win('old', { date: '2026-11-20' })],
        goals: [goal('g1', {}), goal('still', {})],
        feedback: [feedback('f1', {}), feedback('open', { resolution: undefined })],
        headsUps: [
          { id: 'h1', risk: 'Launch may slip', decision: null },
          { id: 'h2', risk: 'Vendor late', decision: { text: 'Ship without it', on: '2026-12-02' } },
          { id: 'h3', risk: 'Filed long ago', decision: { text: 'Wait', on: '2026-11-01' } },
        ],
      }),
      bullets,
    );
    expect(lines.map((line) => [line.section, line.id])).toEqual([
      ['numbers', 'followThrough'],
      ['done', 'commitment:done'],
      ['slipped', 'commitment:late'],
      ['slipped', 'stillOverdue'],
      ['comingUp', 'commitment:soon'],
      ['headsUps', 'headsup:h1'],
      ['headsUps', 'headsup:h2'],
      ['wins', 'win:new'],
      ['goals', 'goal:g1'],
      ['feedback', 'feedback:f1'],
    ]);
    expect(lines.find((line) => line.id === 'commitment:late')?.text).toBe('Commitment late: was due Dec 1');
    // Late before the last update: counted once, the private one not at all.
    expect(lines.find((line) => line.id === 'stillOverdue')?.text).toBe('Still open from before: 1 past due');
    expect(lines.find((line) => line.id === 'headsup:h2')?.text).toBe('Vendor late: you chose “Ship without it”');
    expect(lines.find((line) => line.id === 'followThrough')?.text).toBe('Since Nov 27: 1 done, 1 win, 1 of 2 due on time');
  });

  it('offers, but does not include, what I did not share, and never counts it in the figures', () => {
    const lines = draftUpdate(
      input({ commitments: [commitment('private', { status: 'done', doneOn: '2026-12-01', sharedInOneOnOne: false })], wins: [win('secret', { sharedInOneOnOne: false })], feedback: [feedback('f1', {})] }),
      bullets,
    );
    expect(lines.filter((line) => line.included).map((line) => line.id)).toEqual([]);
    expect(lines.map((line) => line.id)).toEqual(['commitment:private', 'win:secret', 'feedback:f1']);
  });

  it('follows the style: detail says to whom, when and the impact; story first puts wins before numbers', () => {
    const data = input({ commitments: [commitment('done', { status: 'done', doneOn: '2026-12-02', dueDate: '2026-12-01' })], wins: [win('w', {})] });
    const lines = draftUpdate(data, { format: 'detail', order: 'storyFirst' });
    expect(lines.map((line) => line.section)).toEqual(['wins', 'done', 'numbers']);
    expect(lines[0]?.text).toBe('Win w: Saved a day');
    expect(lines[1]?.text).toBe('Commitment done (to Morgan), done Dec 2 (due Dec 1)');
    expect(draftUpdate(data, bullets).find((line) => line.section === 'done')?.text).toBe('Commitment done');
  });

  it('covers the last week when no update was sent yet, and has nothing to say when nothing changed', () => {
    expect(draftUpdate(input({ since: undefined, wins: [win('w', { date: '2026-11-27' })] }), bullets).map((line) => line.id)).toEqual(['followThrough', 'win:w']);
    expect(draftUpdate(input({ wins: [win('w', { date: '2026-11-26' })] }), bullets)).toEqual([]);
  });
});
