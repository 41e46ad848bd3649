import { describe, expect, it } from 'vitest';
import type { Commitment } from '@domain/commitments';
import { groupCommitments } from './commitmentList';

const today = '2026-06-10';

const commitment = (id: string, fields: Partial<Commitment> = {}): Commitment => ({
  id,
  title: id,
  details: '',
  toWhom: '',
  status: 'open',
  sharedInOneOnOne: false,
  createdAt: `2026-01-01T00:00:00.000Z`,
  updatedAt: '2026-01-01T00:00:00.000Z',
  etag: 'e',
  ...fields,
});

const all = [
  commitment('undated'),
  commitment('later', { dueDate: '2026-06-18' }),
  commitment('edge-of-soon', { dueDate: '2026-06-17' }),
  commitment('today', { dueDate: today }),
  commitment('yesterday', { dueDate: '2026-06-09' }),
  commitment('long-ago', { dueDate: '2026-01-02' }),
  commitment('done-early', { status: 'done', dueDate: '2026-06-01', doneOn: '2026-05-01' }),
  commitment('done-late', { status: 'done', dueDate: '2026-06-01', doneOn: '2026-06-05' }),
  commitment('dropped', { status: 'dropped', dueDate: '2026-06-02' }),
  commitment('newer-undated', { createdAt: '2026-02-01T00:00:00.000Z' }),
];

describe('groupCommitments', () => {
  it('groups in the order overdue, due soon, open, done, dropped; soonest due first, undated last, latest done first', () => {
    const groups = groupCommitments(all, today);
    expect(groups.map((group) => [group.bucket, group.commitments.map((item) => item.id)])).toEqual([
      ['overdue', ['long-ago', 'yesterday']],
      ['dueSoon', ['today', 'edge-of-soon']],
      ['open', ['later', 'newer-undated', 'undated']],
      ['done', ['done-late', 'done-early']],
      ['dropped', ['dropped']],
    ]);
  });

  it('keeps every list, even empty, so the caller decides what to show', () => {
    expect(groupCommitments([], today).map((group) => group.commitments.length)).toEqual([0, 0, 0, 0, 0]);
  });
});
