import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { KIND } from '../domain/kinds';
import { UnreadableRowError, VersionConflictError } from './errors';
import { newItemId, PartitionStore, type StoreLog } from './partitionStore';

// The store against a real Azurite: rows of older shapes, query columns, round trips and
// idempotency markers. Rows are planted and inspected with @azure/data-tables directly.

const tableName = `rows${randomUUID().slice(0, 8)}`;
const client = () => TableClient.fromConnectionString(inject('tablesConnectionString'), tableName, { allowInsecureConnection: true });
const raw = client();

/** A TableClient that counts the storage calls made through it, with the real one underneath. */
function countingClient(): { client: TableClient; calls: string[]; listedRowKeys: string[] } {
  const calls: string[] = [];
  const listedRowKeys: string[] = [];
  const real = client();
  const counted = new Set(['getEntity', 'createEntity', 'updateEntity', 'upsertEntity', 'deleteEntity', 'submitTransaction', 'listEntities']);
  const proxy = new Proxy(real, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !counted.has(property) || typeof value !== 'function') return value;
      if (property === 'listEntities') {
        return (...args: Parameters<TableClient['listEntities']>) => {
          calls.push(property);
          const listing = target.listEntities(...args);
          return {
            byPage: (settings: Parameters<typeof listing.byPage>[0]) =>
              (async function* () {
                for await (const page of listing.byPage(settings)) {
                  listedRowKeys.push(...page.map((entity) => entity.rowKey ?? ''));
                  yield page;
                }
              })(),
          };
        };
      }
      return (...args: unknown[]) => {
        calls.push(property);
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { client: proxy, calls, listedRowKeys };
}

function recordingLog(): StoreLog & { lines: unknown[] } {
  const lines: unknown[] = [];
  return { lines, error: (_message, error) => lines.push(error) };
}

const goal = (title: string) => ({ title, why: 'Because', horizon: '1y', status: 'active', progress: 10 });
const commitment = (title: string, fields: { status?: string; dueDate?: string; doneOn?: string } = {}) => ({
  title,
  details: '',
  toWhom: 'Morgan',
  status: 'open',
  sharedInOneOnOne: false,
  ...fields,
});

beforeAll(async () => {
  await raw.createTable();
});

describe('rows of an older shape', () => {
  it('a version-1 row (no schemaVersion, no columns, defaulted fields absent) reads back upgraded', async () => {
    const store = new PartitionStore(client());
    const partition = `p-${randomUUID()}`;
    const id = newItemId();
    // What a row looked like before versions: kind and body only.
    await raw.createEntity({
      partitionKey: partition,
      rowKey: `goal_${id}`,
      kind: 'goal',
      body: JSON.stringify({ title: 'Lead a team', horizon: '5y' }),
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    const expected = { title: 'Lead a team', horizon: '5y', why: '', status: 'active', progress: 0, sharedInOneOnOne: false };
    expect((await store.get(partition, KIND.goal, id)).data).toEqual(expected);
    expect((await store.list(partition, KIND.goal, 10)).items.map((item) => item.data)).toEqual([expected]);
    expect((await store.listKinds(partition, [KIND.goal])).get(KIND.goal)?.map((item) => item.data)).toEqual([expected]);
  });

  it('a row that fits no version is skipped by lists and logged, and a single read says so', async () => {
    const log = recordingLog();
    const store = new PartitionStore(client(), { log });
    const partition = `p-${randomUUID()}`;
    const good = await store.create(partition, KIND.goal, goal('Fine'));
    const badId = newItemId();
    await raw.createEntity({ partitionKey: partition, rowKey: `goal_${badId}`, kind: 'goal', schemaVersion: 2, body: JSON.stringify({ title: 42, horizon: 'soon' }), createdAt: good.createdAt, updatedAt: good.createdAt });
    const listed = await store.listKinds(partition, [KIND.goal]);
    expect(listed.get(KIND.goal)?.map((item) => item.id)).toEqual([good.id]);
    expect((await store.list(partition, KIND.goal, 10)).items.map((item) => item.id)).toEqual([good.id]);
    await expect(store.get(partition, KIND.goal, badId)).rejects.toBeInstanceOf(UnreadableRowError);
    expect(log.lines).toContainEqual(expect.objectContaining({ partitionKey: partition, rowKey: `goal_${badId}` }));
  });

  it('a row of a version newer than this code knows is unreadable, not guessed at', async () => {
    const store = new PartitionStore(client(), { log: recordingLog() });
    const partition = `p-${randomUUID()}`;
    const id = newItemId();
    await raw.createEntity({ partitionKey: partition, rowKey: `goal_${id}`, kind: 'goal', schemaVersion: 9, body: JSON.stringify(goal('From the future')), createdAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-02T03:04:05.000Z' });
    await expect(store.get(partition, KIND.goal, id)).rejects.toBeInstanceOf(UnreadableRowError);
  });

  it('a write that does not fit its kind is refused before it reaches storage', async () => {
    const counting = countingClient();
    const store = new PartitionStore(counting.client);
    await expect(store.create(`p-${randomUUID()}`, KIND.goal, { title: 'No horizon' })).rejects.toThrow(/does not fit/);
    expect(counting.calls).toEqual([]);
  });
});

describe('query columns', () => {
  it('kind, status, dueDate and schemaVersion are real columns that an odata filter can use', async () => {
    const store = new PartitionStore(client());
    const partition = `p-${randomUUID()}`;
    const due = await store.create(partition, KIND.commitment, commitment('Send the deck', { dueDate: '2026-12-04' }));
    await store.create(partition, KIND.commitment, commitment('Later', { dueDate: '2026-12-20' }));
    await store.create(partition, KIND.commitment, commitment('No date'));
    await store.create(partition, KIND.commitment, commitment('Done already', { status: 'done', dueDate: '2026-12-01', doneOn: '2026-11-30' }));
    const row = await raw.getEntity<Record<string, unknown>>(partition, `commitment_${due.id}`);
    expect(row).toMatchObject({ kind: 'commitment', status: 'open', dueDate: '2026-12-04', schemaVersion: 2 });
    const filtered = [];
    for await (const entity of raw.listEntities({ queryOptions: { filter: `PartitionKey eq '${partition}' and status eq 'open' and dueDate le '2026-12-05'` } })) filtered.push(entity.rowKey);
    expect(filtered).toEqual([`commitment_${due.id}`]);
  });

  it('listWhere finds open commitments due by a date, and follows status changes', async () => {
    const store = new PartitionStore(client());
    const partition = `p-${randomUUID()}`;
    const first = await store.create(partition, KIND.commitment, commitment('First', { dueDate: '2026-12-03' }));
    const second = await store.create(partition, KIND.commitment, commitment('Second', { dueDate: '2026-12-05' }));
    await store.create(partition, KIND.commitment, commitment('After', { dueDate: '2026-12-06' }));
    await store.create(partition, KIND.commitment, commitment('Undated'));
    await store.create(partition, KIND.goal, goal('A goal is not a commitment'));
    const dueBy = () => store.listWhere(partition, KIND.commitment, { status: 'open', dueOnOrBefore: '2026-12-05' });
    expect((await dueBy()).map((item) => item.data.title)).toEqual(['Second', 'First']);
    await store.update(partition, KIND.commitment, first.id, commitment('First', { status: 'done', dueDate: '2026-12-03', doneOn: '2026-12-01' }), first.etag);
    expect((await dueBy()).map((item) => item.id)).toEqual([second.id]);
    expect((await store.listWhere(partition, KIND.goal, { status: 'active' })).map((item) => item.data.title)).toEqual(['A goal is not a commitment']);
  });

  it('listWhere refuses a column the kind does not have', async () => {
    const store = new PartitionStore(client());
    await expect(store.listWhere('p', KIND.win, { status: 'open' })).rejects.toThrow(/no status column/);
  });
});

describe('round trips', () => {
  it('an update is two storage calls and returns what a fresh read returns', async () => {
    const counting = countingClient();
    const store = new PartitionStore(counting.client);
    const partition = `p-${randomUUID()}`;
    const created = await store.create(partition, KIND.goal, goal('Before'));
    counting.calls.length = 0;
    const updated = await store.update(partition, KIND.goal, created.id, goal('After'), created.etag);
    expect(counting.calls).toEqual(['getEntity', 'updateEntity']);
    const fresh = await store.get(partition, KIND.goal, created.id);
    expect(updated).toEqual(fresh);
    expect(updated.etag).not.toBe(created.etag);
    expect(updated.createdAt).toBe(created.createdAt);
  });

  it('an update after a read of the item (a PUT) is the read and the write, two calls in all', async () => {
    const counting = countingClient();
    const store = new PartitionStore(counting.client);
    const partition = `p-${randomUUID()}`;
    const created = await store.create(partition, KIND.goal, goal('Before'));
    counting.calls.length = 0;
    const current = await store.get(partition, KIND.goal, created.id);
    const updated = await store.update(partition, KIND.goal, created.id, goal('After'), current.etag, current.createdAt);
    expect(counting.calls).toEqual(['getEntity', 'updateEntity']);
    expect(updated).toEqual(await store.get(partition, KIND.goal, created.id));
  });

  it('a create is one storage call, with or without an idempotency key, and its ETag is the stored one', async () => {
    const counting = countingClient();
    const store = new PartitionStore(counting.client);
    const partition = `p-${randomUUID()}`;
    await store.create(partition, KIND.goal, goal('Warm-up'));
    counting.calls.length = 0;
    const plain = await store.create(partition, KIND.goal, goal('Plain'));
    const keyed = await store.create(partition, KIND.goal, goal('Keyed'), 'key-12345678');
    expect(counting.calls).toEqual(['createEntity', 'submitTransaction']);
    expect(await store.get(partition, KIND.goal, plain.id)).toEqual(plain);
    expect(await store.get(partition, KIND.goal, keyed.id)).toEqual(keyed);
  });

  it('a stale update still fails with the current item', async () => {
    const store = new PartitionStore(client());
    const partition = `p-${randomUUID()}`;
    const created = await store.create(partition, KIND.goal, goal('One'));
    const changed = await store.update(partition, KIND.goal, created.id, goal('Two'), created.etag);
    const conflict = await store.update(partition, KIND.goal, created.id, goal('Three'), created.etag).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(VersionConflictError);
    expect(conflict instanceof VersionConflictError ? conflict.current : undefined).toEqual(changed);
  });
});

describe('idempotency markers', () => {
  it('a retried create returns the first item until the key expires; after that it makes a new one', async () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const store = new PartitionStore(client(), { now: () => now });
    const partition = `p-${randomUUID()}`;
    const first = await store.create(partition, KIND.goal, goal('First'), 'retry-key-1');
    expect((await store.create(partition, KIND.goal, goal('Retry'), 'retry-key-1')).id).toBe(first.id);
    now += 23 * 3_600_000;
    expect((await store.findByIdempotencyKey(partition, KIND.goal, 'retry-key-1'))?.id).toBe(first.id);
    now += 2 * 3_600_000;
    expect(await store.findByIdempotencyKey(partition, KIND.goal, 'retry-key-1')).toBeUndefined();
    const second = await store.create(partition, KIND.goal, goal('Second'), 'retry-key-1');
    expect(second.id).not.toBe(first.id);
    expect(second.data.title).toBe('Second');
    // The marker now points at the new item, for a fresh 24 hours.
    expect((await store.create(partition, KIND.goal, goal('Retry of second'), 'retry-key-1')).id).toBe(second.id);
    expect((await store.findByIdempotencyKey(partition, KIND.goal, 'retry-key-1'))?.id).toBe(second.id);
    expect((await store.listKinds(partition, [KIND.goal])).get(KIND.goal)?.map((item) => item.data.title)).toEqual(['Second', 'First']);
  });

  it('a transaction takes over an expired key, and not a live one', async () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const store = new PartitionStore(client(), { now: () => now });
    const partition = `p-${randomUUID()}`;
    const agendaItem = (title: string) => ({ title, notes: '', kind: 'topic', addedBy: { objectId: 'a', name: 'A' }, position: 1, discussed: false, outcome: '' });
    const add = (id: string, title: string) =>
      store.transact(partition, [
        { op: 'create', kind: KIND.agenda, id, data: agendaItem(title) },
        { op: 'idempotency', kind: KIND.agenda, key: 'close-key-1', id },
      ]);
    const firstId = newItemId();
    await add(firstId, 'First');
    await expect(add(newItemId(), 'Twin')).rejects.toBeInstanceOf(VersionConflictError);
    now += 25 * 3_600_000;
    const laterId = newItemId();
    await add(laterId, 'Later');
    expect((await store.findByIdempotencyKey(partition, KIND.agenda, 'close-key-1'))?.id).toBe(laterId);
    expect((await store.listKinds(partition, [KIND.agenda])).get(KIND.agenda)?.map((item) => item.data.title).sort()).toEqual(['First', 'Later']);
  });

  it('a marker written before markers carried an expiry expires a day after it was written', async () => {
    let now = Date.now();
    const store = new PartitionStore(client(), { now: () => now });
    const partition = `p-${randomUUID()}`;
    const item = await store.create(partition, KIND.goal, goal('Old marker'));
    const withExpiry = await store.create(partition, KIND.goal, goal('Probe'), 'old-marker-key');
    // Plant the old shape: the same marker row, rewritten with its target only.
    let markerRowKey = '';
    for await (const entity of raw.listEntities({ queryOptions: { filter: `PartitionKey eq '${partition}'` } })) if (entity.rowKey?.startsWith('idem_')) markerRowKey = entity.rowKey;
    await raw.upsertEntity({ partitionKey: partition, rowKey: markerRowKey, target: `goal_${item.id}` }, 'Replace');
    expect(withExpiry.id).not.toBe(item.id);
    expect((await store.findByIdempotencyKey(partition, KIND.goal, 'old-marker-key'))?.id).toBe(item.id);
    now += 25 * 3_600_000;
    expect(await store.findByIdempotencyKey(partition, KIND.goal, 'old-marker-key')).toBeUndefined();
  });

  it('an overview (listKinds) never reads a marker row', async () => {
    const counting = countingClient();
    const store = new PartitionStore(counting.client);
    const partition = `p-${randomUUID()}`;
    for (let i = 0; i < 5; i++) {
      await store.create(partition, KIND.goal, goal(`Goal ${i}`), `goal-key-${i}-abcdef`);
      await store.create(partition, KIND.win, { title: `Win ${i}`, impact: '', date: '2026-11-01', sharedInOneOnOne: false }, `win-key-${i}-abcdef`);
    }
    let markers = 0;
    for await (const entity of raw.listEntities({ queryOptions: { filter: `PartitionKey eq '${partition}'` } })) if (entity.rowKey?.startsWith('idem_')) markers++;
    expect(markers).toBe(10);
    const kinds = await store.listKinds(partition, [KIND.goal, KIND.win, KIND.commitment]);
    expect([kinds.get(KIND.goal)?.length, kinds.get(KIND.win)?.length]).toEqual([5, 5]);
    expect(counting.listedRowKeys).toHaveLength(10);
    expect(counting.listedRowKeys.filter((rowKey) => rowKey.startsWith('idem_'))).toEqual([]);
  });
});
