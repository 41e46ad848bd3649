import { describe, expect, it } from 'vitest';
import type { Commitment } from './commitments';
import { addDays } from './calendarDates';
import { commitmentBucket, compareCommitments, followThrough, summariseCommitments } from './commitmentRules';

const today = '2026-06-10';
let serial = 0;
function commitment(fields: Partial<Commitment>): Commitment {
  serial++;
  return {
    id: `01J000000000000000000000${String(serial).padStart(2, '0')}`,
    createdAt: `2026-01-01T00:00:${String(serial % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    etag: 'W/"1"',
    title: `Commitment ${serial}`,
    details: '',
    toWhom: '',
    status: 'open',
    sharedInOneOnOne: false,
    ...fields,
  };
}

describe('addDays', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays(today, -89)).toBe('2026-03-13');
  });
});

describe('follow-through', () => {
  it('counts done on or before the due date as on time, later as late', () => {
    const result = followThrough(
      [
        commitment({ dueDate: '2026-06-01', status: 'done', doneOn: '2026-05-30' }),
        commitment({ dueDate: '2026-06-02', status: 'done', doneOn: '2026-06-02' }),
        commitment({ dueDate: '2026-06-03', status: 'done', doneOn: '2026-06-04' }),
        commitment({ dueDate: '2026-06-05', status: 'open' }),
      ],
      today,
    );
    expect(result).toEqual({ from: '2026-03-13', to: today, due: 4, doneOnTime: 2, rate: 0.5 });
  });

  it('covers exactly the 90 days up to today', () => {
    const result = followThrough(
      [
        commitment({ dueDate: '2026-03-12', status: 'done', doneOn: '2026-03-01' }),
        commitment({ dueDate: '2026-03-13', status: 'done', doneOn: '2026-03-01' }),
        commitment({ dueDate: today, status: 'done', doneOn: today }),
        commitment({ dueDate: '2026-06-11', status: 'done', doneOn: '2026-06-01' }),
      ],
      today,
    );
    expect(result.due).toBe(2);
    expect(result.doneOnTime).toBe(2);
  });

  it('leaves out dropped commitments, undated ones and open ones due today', () => {
    const result = followThrough(
      [
        commitment({ dueDate: '2026-06-01', status: 'dropped' }),
        commitment({ status: 'done', doneOn: '2026-06-01' }),
        commitment({ dueDate: today, status: 'open' }),
        commitment({ dueDate: '2026-06-09', status: 'open' }),
      ],
      today,
    );
    expect(result).toMatchObject({ due: 1, doneOnTime: 0, rate: 0 });
  });

  it('has no rate when nothing was due', () => {
    expect(followThrough([], today).rate).toBeNull();
    expect(followThrough([commitment({ dueDate: '2026-07-01' })], today).rate).toBeNull();
  });
});

describe('lists', () => {
  it('puts each commitment in one list, counting overdue and due-soon ones as open too', () => {
    const commitments = [
      commitment({ dueDate: '2026-06-09' }),
      commitment({ dueDate: today }),
      commitment({ dueDate: '2026-06-17' }),
      commitment({ dueDate: '2026-06-18' }),
      commitment({}),
      commitment({ status: 'done', doneOn: '2026-06-01', dueDate: '2026-05-01' }),
      commitment({ status: 'dropped', dueDate: '2026-06-01' }),
    ];
    expect(commitments.map((c) => commitmentBucket(c, today))).toEqual(['overdue', 'dueSoon', 'dueSoon', 'open', 'open', 'done', 'dropped']);
    expect(summariseCommitments(commitments, today).counts).toEqual({ open: 5, dueSoon: 2, overdue: 1, done: 1, dropped: 1 });
  });

  it('orders overdue first, then by due date, undated last, done newest first', () => {
    const later = commitment({ title: 'later', dueDate: '2026-08-01' });
    const undated = commitment({ title: 'undated' });
    const overdue = commitment({ title: 'overdue', dueDate: '2026-06-01' });
    const soon = commitment({ title: 'soon', dueDate: '2026-06-12' });
    const doneOld = commitment({ title: 'done old', status: 'done', doneOn: '2026-05-01' });
    const doneNew = commitment({ title: 'done new', status: 'done', doneOn: '2026-06-01' });
    const sorted = [doneOld, later, undated, doneNew, soon, overdue].sort(compareCommitments(today));
    expect(sorted.map((c) => c.title)).toEqual(['overdue', 'soon', 'later', 'undated', 'done new', 'done old']);
  });
});
