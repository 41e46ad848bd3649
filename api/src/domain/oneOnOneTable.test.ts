import { describe, expect, it } from 'vitest';
import type { Goal } from './goals';
import type { ManagerAction } from './oneOnOneShared';
import { selectEarlierSharedWins, selectSharedWins, type MemberItems } from './oneOnOneSharing';
import { managerOf, selectManagerActions, selectSharedGoals, snapshotOf } from './oneOnOneTable';
import type { Win } from './wins';

const AVERY = { objectId: 'a', name: 'Avery' };
const MORGAN = { objectId: 'm', name: 'Morgan' };
const stored = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', etag: 'e' };

const goal = (id: string, extra: Partial<Goal> = {}): Goal => ({ id, title: id, why: 'private why', horizon: '1y', status: 'active', progress: 10, sharedInOneOnOne: true, ...stored, ...extra });
const win = (id: string, extra: Partial<Win> = {}): Win => ({ id, title: id, impact: '', date: '2026-02-01', sharedInOneOnOne: true, ...stored, ...extra });
const action = (id: string, extra: Partial<ManagerAction> = {}): ManagerAction => ({
  id,
  chatId: 'chat',
  owner: MORGAN,
  employee: AVERY,
  fromItem: { id: 'i', title: 'Growth' },
  title: id,
  status: 'open',
  ...stored,
  ...extra,
});
const member = (items: Partial<MemberItems>): MemberItems => ({ owner: AVERY, commitments: [], wins: [], ...items });

describe('managerOf', () => {
  it('uses the roles when known, else the other member of a two-person chat', () => {
    expect(managerOf({ members: [AVERY, MORGAN] }, 'a')).toEqual(MORGAN);
    expect(managerOf({ members: [AVERY, MORGAN], roles: { employee: 'm', manager: 'a' } }, 'a')).toEqual(AVERY);
    expect(managerOf({ members: [AVERY, MORGAN, { objectId: 'x', name: 'X' }] }, 'a')).toBeUndefined();
  });
});

describe('selectSharedGoals', () => {
  it('keeps only shared, not dropped goals, nearest horizon first, with the shared wins that name them', () => {
    const goals = [
      goal('ten', { horizon: '10y' }),
      goal('dated', { horizon: 'date', targetDate: '2027-01-01' }),
      goal('one'),
      goal('private', { sharedInOneOnOne: false }),
      goal('legacy', { sharedInOneOnOne: undefined as unknown as boolean }),
      goal('dropped', { status: 'dropped' }),
    ];
    const wins = [win('w1', { goalId: 'one' }), win('w2', { goalId: 'one', sharedInOneOnOne: false }), win('w3', { goalId: 'one', date: '2026-03-01' })];
    const shared = selectSharedGoals([member({ goals, wins, goalHelp: [{ id: 'one', goalId: 'one', chatId: 'c', text: 'Intro to VP', author: MORGAN, ...stored }] })]);
    expect(shared.map((item) => item.id)).toEqual(['one', 'ten', 'dated']);
    expect(shared[0]?.wins.map((item) => item.id)).toEqual(['w3', 'w1']);
    expect(shared[0]?.help?.text).toBe('Intro to VP');
    expect(JSON.stringify(shared)).not.toContain('private why');
  });
});

describe('shared wins', () => {
  const last = { lastDate: '2026-02-15', lastClosedAt: '2026-02-15T12:00:00.000Z' };
  it('name their goal only when it is shared, and keep evidence', () => {
    const items = member({ goals: [goal('g'), goal('p', { title: 'PRIVATE', sharedInOneOnOne: false })], wins: [win('w', { goalId: 'g', evidenceUrl: 'https://x.test' }), win('v', { goalId: 'p' })] });
    const wins = selectSharedWins([items], undefined);
    expect(wins.find((item) => item.id === 'w')).toMatchObject({ evidenceUrl: 'https://x.test', goal: { id: 'g', title: 'g' } });
    expect(JSON.stringify(wins)).not.toContain('PRIVATE');
  });
  it('since the last 1:1 and before it are two disjoint lists', () => {
    const items = member({ wins: [win('old', { date: '2026-02-01' }), win('new', { date: '2026-02-20' })] });
    expect(selectSharedWins([items], last).map((item) => item.id)).toEqual(['new']);
    expect(selectEarlierSharedWins([items], last).map((item) => item.id)).toEqual(['old']);
    expect(selectEarlierSharedWins([items], undefined)).toEqual([]);
  });
});

describe('selectManagerActions', () => {
  it("lists this chat's open actions by due date, and done ones until the next close", () => {
    const last = { lastDate: '2026-02-15', lastClosedAt: '2026-02-15T12:00:00.000Z' };
    const actions = [
      action('late', { dueDate: '2026-03-10' }),
      action('soon', { dueDate: '2026-03-01' }),
      action('undated'),
      action('other chat', { chatId: 'elsewhere' }),
      action('done before', { status: 'done', updatedAt: '2026-02-10T00:00:00.000Z' }),
      action('done since', { status: 'done', updatedAt: '2026-02-20T00:00:00.000Z' }),
    ];
    expect(selectManagerActions([member({ managerActions: actions })], 'chat', last).map((item) => item.id)).toEqual(['soon', 'late', 'undated', 'done since']);
  });
});

describe('selectManagerActions names', () => {
  it('names people as the roster knows them now, when it learned a name after the action was agreed', () => {
    const unnamed = action('intro', { owner: { objectId: 'm', name: '' } });
    const members = [member({ managerActions: [unnamed] }), member({ owner: MORGAN })];
    expect(selectManagerActions(members, 'chat', undefined)[0]?.owner).toEqual(MORGAN);
  });
});

describe('snapshotOf', () => {
  it('keeps title, status, evidence and goal of what was shown', () => {
    const snapshot = snapshotOf({
      sharedCommitments: [{ id: 'c', ownerObjectId: 'a', ownerName: 'Avery', title: 'Runbook', status: 'done', doneOn: '2026-02-01', overdue: false, comments: [] }],
      sharedWins: [{ id: 'w', ownerObjectId: 'a', ownerName: 'Avery', title: 'Win', impact: 'big', date: '2026-02-01', evidenceUrl: 'https://x.test', goal: { id: 'g', title: 'Lead' } }],
      managerActions: [action('Intro', { dueDate: '2026-03-01' })],
    });
    expect(snapshot).toEqual({
      commitments: [{ ownerName: 'Avery', title: 'Runbook', status: 'done', doneOn: '2026-02-01' }],
      wins: [{ ownerName: 'Avery', title: 'Win', date: '2026-02-01', evidenceUrl: 'https://x.test', goalTitle: 'Lead' }],
      actions: [{ ownerName: 'Morgan', title: 'Intro', status: 'open', dueDate: '2026-03-01' }],
    });
  });
});
