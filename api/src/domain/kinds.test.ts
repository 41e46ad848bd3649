import { describe, expect, it } from 'vitest';
import { columnsOf, ITEM_KINDS, itemKind, KIND, PERSONAL_KINDS, readStored } from './kinds';

describe('the registry of item kinds', () => {
  it('declares every kind name once, and each constant names a registered kind', () => {
    expect(ITEM_KINDS.map((kind) => kind.name).sort()).toEqual(Object.values(KIND).sort());
    for (const name of Object.values(KIND)) expect(itemKind(name).name).toBe(name);
  });

  it('gives the personal kinds their URL plurals and which can be shared', () => {
    expect(PERSONAL_KINDS.map((kind) => [kind.name, kind.plural, kind.shareableInOneOnOne])).toEqual([
      ['goal', 'goals', false],
      ['win', 'wins', true],
      ['commitment', 'commitments', true],
      ['manager', 'managers', false],
      ['insight', 'insights', false],
      ['priority', 'priorities', false],
      ['feedback', 'feedback', false],
      ['update', 'updates', false],
    ]);
  });

  it('refuses a name nobody registered', () => {
    expect(() => itemKind('idem')).toThrow(/not a registered item kind/);
  });
});

describe('readStored', () => {
  const commitment = itemKind(KIND.commitment);

  it('upgrades a version-1 commitment that lacks the defaulted fields', () => {
    expect(readStored(commitment, 1, { title: 'Send the deck', dueDate: '2026-12-04' })).toEqual({
      ok: true,
      data: { title: 'Send the deck', dueDate: '2026-12-04', details: '', toWhom: '', status: 'open', sharedInOneOnOne: false },
    });
  });

  it('keeps what a version-1 row already had', () => {
    const stored = { title: 'T', details: 'd', toWhom: 'Morgan', status: 'done', doneOn: '2026-11-01', sharedInOneOnOne: true };
    expect(readStored(commitment, 1, stored)).toEqual({ ok: true, data: stored });
  });

  it('drops fields the schema does not name, so nothing else reaches a response', () => {
    const read = readStored(itemKind(KIND.goal), 2, { title: 'T', why: '', horizon: '1y', status: 'active', progress: 0, secret: 'x' });
    // A version-2 goal predates sharing: it reads back private.
    expect(read.ok && read.data).toEqual({ title: 'T', why: '', horizon: '1y', status: 'active', progress: 0, sharedInOneOnOne: false });
  });

  it.each([
    ['a wrong type', 2, { title: 'T', details: '', toWhom: '', status: 'maybe', sharedInOneOnOne: false }],
    ['a current row missing a required field', 2, { title: 'T' }],
    ['a version-1 row that is not even version 1', 1, { title: 7 }],
    ['a version this code does not know', 3, { title: 'T', details: '', toWhom: '', status: 'open', sharedInOneOnOne: false }],
    ['a body that is not an object', 2, 'text'],
  ])('%s is not readable', (_label, version, stored) => {
    expect(readStored(commitment, version, stored).ok).toBe(false);
  });
});

describe('columnsOf', () => {
  it('takes only the kind\'s columns, and only when set', () => {
    expect(columnsOf(itemKind(KIND.commitment), { title: 'T', status: 'open', dueDate: '2026-12-04' })).toEqual({ status: 'open', dueDate: '2026-12-04' });
    expect(columnsOf(itemKind(KIND.commitment), { title: 'T', status: 'open' })).toEqual({ status: 'open' });
    expect(columnsOf(itemKind(KIND.win), { title: 'T', status: 'open' })).toEqual({});
  });
});
