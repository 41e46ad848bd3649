import { describe, expect, it } from 'vitest';
import type { Commitment } from './commitments';
import type { CommitmentComment } from './oneOnOne';
import { isOverdue, selectSharedCommitments, selectSharedWins, type MemberItems } from './oneOnOneSharing';
import type { Win } from './wins';

const avery = { objectId: 'a', name: 'Avery' };
const morgan = { objectId: 'm', name: 'Morgan' };
let counter = 0;

function commitment(title: string, extra: Partial<Commitment> = {}): Commitment {
  counter += 1;
  return {
    id: `C${String(counter).padStart(25, '0')}`,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    etag: 'e',
    title,
    details: 'never shown',
    toWhom: '',
    status: 'open',
    sharedInOneOnOne: true,
    ...extra,
  };
}

function win(title: string, date: string, extra: Partial<Win> = {}): Win {
  counter += 1;
  return {
    id: `W${String(counter).padStart(25, '0')}`,
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
    etag: 'e',
    title,
    impact: '',
    date,
    sharedInOneOnOne: true,
    ...extra,
  };
}

describe('shared items', () => {
  const last = { lastDate: '2026-03-02', lastClosedAt: '2026-03-02T11:00:00.000Z' };

  it('flags open commitments due before today as overdue', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: undefined }, '2026-03-02')).toBe(false);
  });

  it('shows only shared commitments; finished ones until the next 1:1 after they changed', () => {
    const members: MemberItems[] = [
      {
        owner: avery,
        wins: [],
        commitments: [
          commitment('Private', { sharedInOneOnOne: false }),
          commitment('Open, undated'),
          commitment('Overdue', { dueDate: '2026-02-20' }),
          commitment('Due soon', { dueDate: '2026-03-09' }),
          commitment('Done before the last 1:1', { status: 'done', doneOn: '2026-02-25' }),
          commitment('Done since', { status: 'done', doneOn: '2026-03-03', updatedAt: '2026-03-03T08:00:00.000Z' }),
        ],
      },
    ];
    const shared = selectSharedCommitments(members, [], last, '2026-03-04');
    expect(shared.map((entry) => [entry.title, entry.overdue])).toEqual([
      ['Overdue', true],
      ['Due soon', false],
      ['Open, undated', false],
      ['Done since', false],
    ]);
    expect(Object.keys(shared[0] ?? {})).not.toContain('details');
  });

  it('attaches comments to the right commitment of the right owner, oldest first', () => {
    const mine = commitment('Mine');
    const members: MemberItems[] = [{ owner: avery, wins: [], commitments: [mine] }];
    const comment = (text: string, createdAt: string, ownerObjectId = avery.objectId): CommitmentComment => ({
      id: `K${text}`.padEnd(26, '0'),
      createdAt,
      updatedAt: createdAt,
      etag: 'e',
      commitmentId: mine.id,
      ownerObjectId,
      text,
      author: morgan,
    });
    const shared = selectSharedCommitments(
      members,
      [comment('second', '2026-03-02T10:00:00.000Z'), comment('first', '2026-03-01T10:00:00.000Z'), comment('other owner', '2026-03-01T10:00:00.000Z', 'x')],
      undefined,
      '2026-03-04',
    );
    expect(shared[0]?.comments.map((entry) => entry.text)).toEqual(['first', 'second']);
  });

  it('shows shared wins since the last 1:1, newest first, from every member', () => {
    const members: MemberItems[] = [
      { owner: avery, commitments: [], wins: [win('Before', '2026-02-28'), win('Private', '2026-03-03', { sharedInOneOnOne: false }), win('After', '2026-03-04')] },
      { owner: morgan, commitments: [], wins: [win('Late write-up', '2026-02-27', { createdAt: '2026-03-02T12:00:00.000Z' }), win('Same day, before close', '2026-03-02', { createdAt: '2026-03-02T09:00:00.000Z' })] },
    ];
    expect(selectSharedWins(members, last).map((entry) => [entry.title, entry.ownerName])).toEqual([
      ['After', 'Avery'],
      ['Late write-up', 'Morgan'],
    ]);
    expect(selectSharedWins(members, undefined).map((entry) => entry.title)).toEqual(['After', 'Same day, before close', 'Before', 'Late write-up']);
  });
});
