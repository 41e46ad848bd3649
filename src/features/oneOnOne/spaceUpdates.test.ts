import { describe, expect, it } from 'vitest';
import type { CommitmentComment, OneOnOneRecord } from '@domain/oneOnOne';
import { afterClose, withAgendaItem, withComment, withoutAgendaItem } from './spaceUpdates';
import { agendaItem, MANAGER, sharedCommitment, space } from './testData';

describe('space updates after the user’s own writes', () => {
  it('keeps the agenda in order when an item is added or changed, and drops a deleted one', () => {
    const first = agendaItem({ position: 1 });
    const second = agendaItem({ position: 2 });
    const start = space({ agenda: { version: 'v', items: [first, second], maxItems: 40 } });
    const moved = withAgendaItem(start, { ...second, position: 0.5 });
    expect(moved.agenda.items.map((item) => item.id)).toEqual([second.id, first.id]);
    expect(withoutAgendaItem(moved, second.id).agenda.items.map((item) => item.id)).toEqual([first.id]);
  });

  it('adds a comment under the commitment of the same owner only', () => {
    const mine = sharedCommitment();
    const theirs = sharedCommitment({ ownerObjectId: MANAGER.objectId });
    const comment: CommitmentComment = {
      id: '01HXXXXXXXXXXXXXXXXXXXX001',
      createdAt: '2026-03-02T00:00:00.000Z',
      updatedAt: '2026-03-02T00:00:00.000Z',
      etag: 'W/"c"',
      commitmentId: mine.id,
      ownerObjectId: mine.ownerObjectId,
      text: 'Need help?',
      author: MANAGER,
    };
    const after = withComment(space({ sharedCommitments: [mine, theirs] }), comment);
    expect(after.sharedCommitments.map((commitment) => commitment.comments.length)).toEqual([1, 0]);
  });

  it('after a close, shows the agenda that carries on and the record first in the history', () => {
    const carried = agendaItem({ carriedOver: { times: 1, from: '2026-03-10' } });
    const record: OneOnOneRecord = {
      id: '01HWWWWWWWWWWWWWWWWWWWW001',
      date: '2026-03-10',
      closedAt: '2026-03-10T10:00:00.000Z',
      closedBy: MANAGER,
      itemCount: 2,
      discussedCount: 1,
      carriedOverCount: 1,
      items: [],
    };
    const after = afterClose(space(), { record, agenda: { version: 'v2', items: [carried], maxItems: 40 } });
    expect(after.agenda.items).toEqual([carried]);
    expect(after.lastOneOnOne).toEqual({ recordId: record.id, date: '2026-03-10', closedAt: record.closedAt });
    expect(after.recentRecords.map((summary) => summary.id)).toEqual([record.id]);
    expect(after.recentRecords[0]).not.toHaveProperty('items');
  });
});
