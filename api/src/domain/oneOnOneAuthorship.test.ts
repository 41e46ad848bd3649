import { describe, expect, it } from 'vitest';
import type { RecordData, RecordItem } from './oneOnOne';
import { isBy, recordItemsBy, recordWithout } from './oneOnOneAuthorship';

const avery = { objectId: 'AAAA-1', name: 'Avery' };
const morgan = { objectId: 'bbbb-2', name: 'Morgan' };
const item = (id: string, addedBy: typeof avery): RecordItem => ({ id, title: `Point ${id}`, notes: '', kind: 'topic', addedBy, discussed: true, outcome: '' });
const record: RecordData = {
  date: '2026-12-01',
  closedAt: '2026-12-01T10:00:00.000Z',
  closedBy: morgan,
  itemCount: 2,
  discussedCount: 2,
  carriedOverCount: 0,
  items: [item('1', avery), item('2', morgan)],
  shared: {
    commitments: [{ ownerName: 'Avery', title: 'Ship it', status: 'open' }],
    wins: [{ ownerName: 'Avery', title: 'Won it', date: '2026-11-30' }],
    actions: [{ ownerName: 'Morgan', title: 'Intro to the VP', status: 'open' }],
    headsUps: [{ risk: 'Vendor slips', decideBy: '2026-12-10', raisedBy: 'Avery', decision: '' }],
  },
};

describe('who wrote what in a 1:1', () => {
  it('matches authors by object id, whatever its case', () => {
    expect(isBy({ objectId: 'aaaa-1', name: 'A' }, avery)).toBe(true);
    expect(isBy(morgan, avery)).toBe(false);
  });

  it('finds my points in a record, and takes them and what I shared out of it, keeping the other person\'s and the counts', () => {
    expect(recordItemsBy(record, avery).map((entry) => entry.id)).toEqual(['1']);
    const kept = recordWithout(record, avery);
    expect(kept?.items.map((entry) => entry.id)).toEqual(['2']);
    expect(kept?.shared).toEqual({ commitments: [], wins: [], actions: record.shared?.actions, headsUps: [] });
    expect(kept).toMatchObject({ itemCount: 2, discussedCount: 2 });
  });

  it('leaves a record with nothing of mine untouched', () => {
    const theirs = { ...record, items: [item('2', morgan)], shared: { commitments: [], wins: [], actions: [] } };
    expect(recordWithout(theirs, avery)).toBeUndefined();
  });
});
