import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../api/src/domain/commitments';
import { commitmentBucket as contractBucket, compareCommitments as contractOrder, DUE_SOON_DAYS as CONTRACT_DUE_SOON_DAYS } from '../../../api/src/domain/followThrough';
import { commitmentBucket, compareCommitments, DUE_SOON_DAYS, groupCommitments } from './commitmentList';

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

describe('commitmentList (the tab’s copy of the contract’s rules)', () => {
  it('uses the contract’s due-soon window', () => {
    expect(DUE_SOON_DAYS).toBe(CONTRACT_DUE_SOON_DAYS);
  });

  it.each(all)('puts $id in the same list as the contract', (item) => {
    expect(commitmentBucket(item, today)).toBe(contractBucket(item, today));
  });

  it('counts due today through today + 7 as due soon, before today as overdue, later as open', () => {
    expect(commitmentBucket({ status: 'open', dueDate: '2026-06-09' }, today)).toBe('overdue');
    expect(commitmentBucket({ status: 'open', dueDate: today }, today)).toBe('dueSoon');
    expect(commitmentBucket({ status: 'open', dueDate: '2026-06-17' }, today)).toBe('dueSoon');
    expect(commitmentBucket({ status: 'open', dueDate: '2026-06-18' }, today)).toBe('open');
    expect(commitmentBucket({ status: 'open' }, today)).toBe('open');
    // Status wins over dates: done late is done, a dropped overdue one is dropped.
    expect(commitmentBucket({ status: 'done', dueDate: '2026-01-01' }, today)).toBe('done');
    expect(commitmentBucket({ status: 'dropped', dueDate: '2026-01-01' }, today)).toBe('dropped');
  });

  it('orders like the contract', () => {
    expect([...all].sort(compareCommitments(today)).map((item) => item.id)).toEqual([...all].sort(contractOrder(today)).map((item) => item.id));
  });

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
