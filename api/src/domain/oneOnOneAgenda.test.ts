import { describe, expect, it } from 'vitest';
import { MAX_AGENDA_ITEMS, MAX_CLOSE_ITEMS, RECENT_RECORDS, type AgendaItem, type History } from './oneOnOne';
import { compareAgendaItems, nextPosition, orderAgenda, planClose, planMove } from './oneOnOneAgenda';




const avery = { objectId: 'a', name: 'Avery' };
const morgan = { objectId: 'm', name: 'Morgan' };

let counter = 0;
function item(title: string, position: number, extra: Partial<AgendaItem> = {}): AgendaItem {
  counter += 1;
  return {
    id: `ID${String(counter).padStart(24, '0')}`,
    createdAt: `2026-03-01T10:00:${String(counter % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2026-03-01T10:00:00.000Z',
    etag: `etag-${counter}`,
    title,
    notes: '',
    kind: 'topic',
    addedBy: avery,
    position,
    discussed: false,
    outcome: '',
    ...extra,
  };
}

function apply(items: readonly AgendaItem[], positions: ReadonlyMap<string, number>): string[] {
  return orderAgenda(items.map((entry) => ({ ...entry, position: positions.get(entry.id) ?? entry.position }))).map((entry) => entry.title);
}

describe('agenda order', () => {
  it('orders by position, then by who added first, so racing adds still have one order', () => {
    const a = item('A', 2);
    const b = item('B', 1);
    const c = item('C', 2);
    expect(orderAgenda([c, a, b]).map((entry) => entry.title)).toEqual(['B', 'A', 'C']);
    expect(compareAgendaItems(a, c)).toBeLessThan(0);
  });

  it('appends a new item after the last one', () => {
    expect(nextPosition([])).toBe(1);
    expect(nextPosition([item('A', 3), item('B', -7.5)])).toBe(4);
  });
});

describe('planMove', () => {
  const agenda = () => {
    const items = [item('A', 1), item('B', 2), item('C', 3), item('D', 4)];
    const byTitle = (title: string) => items.find((entry) => entry.title === title)?.id ?? '';
    return { items, byTitle };
  };

  it.each([
    ['C up', 'C', { direction: 'up' } as const, ['A', 'C', 'B', 'D']],
    ['A down', 'A', { direction: 'down' } as const, ['B', 'A', 'C', 'D']],
    ['D to the top', 'D', { afterId: null }, ['D', 'A', 'B', 'C']],
  ])('%s rewrites only the moved item', (_label, title, move, expected) => {
    const { items, byTitle } = agenda();
    const plan = planMove(items, byTitle(title), move);
    if (plan.kind !== 'moved') throw new Error(`expected a move, got ${plan.kind}`);
    expect([...plan.positions.keys()]).toEqual([byTitle(title)]);
    expect(apply(items, plan.positions)).toEqual(expected);
  });

  it('drops an item after another one', () => {
    const { items, byTitle } = agenda();
    const plan = planMove(items, byTitle('A'), { afterId: byTitle('C') });
    if (plan.kind !== 'moved') throw new Error('expected a move');
    expect(apply(items, plan.positions)).toEqual(['B', 'C', 'A', 'D']);
  });

  it.each([
    ['the top item up', 'A', { direction: 'up' } as const],
    ['the last item down', 'D', { direction: 'down' } as const],
    ['an item after the one it already follows', 'C', 'after B'],
    ['an item after itself', 'C', 'after C'],
  ])('moving %s changes nothing', (_label, title, move) => {
    const { items, byTitle } = agenda();
    const target = typeof move === 'string' ? { afterId: byTitle(move.slice('after '.length)) } : move;
    expect(planMove(items, byTitle(title), target)).toEqual({ kind: 'unchanged' });
  });

  it('knows when the item or the anchor has gone', () => {
    const { items, byTitle } = agenda();
    expect(planMove(items, 'gone', { direction: 'up' }).kind).toBe('unknown-item');
    expect(planMove(items, byTitle('A'), { afterId: 'ID999999999999999999999999' }).kind).toBe('unknown-anchor');
  });

  it('renumbers the agenda when two items share a position (racing adds)', () => {
    const items = [item('A', 1), item('B', 2), item('C', 2), item('D', 3)];
    const plan = planMove(items, items[3]?.id ?? '', { afterId: items[1]?.id ?? null });
    if (plan.kind !== 'moved') throw new Error('expected a move');
    expect(apply(items, plan.positions)).toEqual(['A', 'B', 'D', 'C']);
    expect(new Set(items.map((entry) => plan.positions.get(entry.id) ?? entry.position)).size).toBe(4);
  });

  it('when halving the gap runs out of precision, it renumbers and the order stays right', () => {
    let items = [item('A', 1), item('B', 2), item('X', 3)];
    const first = items[0]?.id ?? '';
    let renumbered = 0;
    for (let round = 0; round < 200; round++) {
      // Always drop the last item right after A: the gap next to A halves every time.
      const ordered = orderAgenda(items);
      const last = ordered[2];
      const plan = planMove(items, last?.id ?? '', { afterId: first });
      if (plan.kind !== 'moved') throw new Error('expected a move');
      if (plan.positions.size > 1) renumbered += 1;
      items = items.map((entry) => ({ ...entry, position: plan.positions.get(entry.id) ?? entry.position }));
      expect(orderAgenda(items).map((entry) => entry.title)).toEqual(['A', last?.title, ordered[1]?.title]);
    }
    expect(renumbered).toBeGreaterThan(0);
  });
});

describe('planClose', () => {
  it('files the agenda as a record; open items carry over, marked; discussed ones leave', () => {
    const discussed = item('Budget', 1, { discussed: true, outcome: 'Approved' });
    const open = item('Reorg', 2, { addedBy: morgan, notes: 'Rumours' });
    const again = item('Career', 3, { carriedOver: { times: 1, from: '2026-02-16' } });
    const plan = planClose({ items: [again, open, discussed], recordId: 'R1', date: '2026-03-02', closedAt: '2026-03-02T11:00:00.000Z', closedBy: morgan, history: undefined });

    expect(plan.record).toMatchObject({ date: '2026-03-02', closedBy: morgan, itemCount: 3, discussedCount: 1, carriedOverCount: 2 });
    expect(plan.record.items.map((entry) => [entry.title, entry.discussed, entry.outcome])).toEqual([
      ['Budget', true, 'Approved'],
      ['Reorg', false, ''],
      ['Career', false, ''],
    ]);
    expect(plan.carried.map(({ item: entry, data }) => [entry.title, data.carriedOver, data.notes, data.addedBy, data.position])).toEqual([
      ['Reorg', { times: 1, from: '2026-03-02' }, 'Rumours', morgan, 2],
      ['Career', { times: 2, from: '2026-03-02' }, '', avery, 3],
    ]);
    expect(plan.filed.map(({ item: entry, data }) => [entry.title, data.closedIn])).toEqual([['Budget', 'R1']]);
    expect(plan.history).toMatchObject({ lastRecordId: 'R1', lastDate: '2026-03-02', lastClosedAt: '2026-03-02T11:00:00.000Z' });
  });

  it(`keeps the latest ${RECENT_RECORDS} summaries in the history row, newest first`, () => {
    let history: History | undefined;
    for (let n = 1; n <= RECENT_RECORDS + 2; n++) {
      history = planClose({ items: [], recordId: `R${n}`, date: `2026-03-0${n}`, closedAt: `2026-03-0${n}T10:00:00.000Z`, closedBy: avery, history }).history;
    }
    expect(history?.recent.map((summary) => summary.id)).toEqual(['R7', 'R6', 'R5', 'R4', 'R3']);
  });

  it('the agenda cap leaves a full agenda closable in one transaction', () => {
    expect(MAX_AGENDA_ITEMS).toBeLessThanOrEqual(MAX_CLOSE_ITEMS);
    // A record, the history row and the idempotency marker, plus one write per item.
    expect(MAX_CLOSE_ITEMS + 3).toBe(100);
  });
});

