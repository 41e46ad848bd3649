import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { describe, expect, it, inject } from 'vitest';
import { KIND } from '../domain/kinds';
import { InvalidCursorError } from './errors';
import { PartitionStore } from './partitionStore';

const store = new PartitionStore(
  TableClient.fromConnectionString(inject('tablesConnectionString'), `cursors${randomUUID().slice(0, 8)}`, { allowInsecureConnection: true }),
);
const encode = (token: unknown) => btoa(JSON.stringify(token));
const goal = (title: string) => ({ title, why: '', horizon: '1y', status: 'active', progress: 0 });

describe('PartitionStore.list with a cursor it did not hand out', () => {
  it.each([
    ['not JSON', btoa('{"nextPartitionKey":')],
    ['JSON null', encode(null)],
    ['a key with a lone surrogate, which cannot be sent', encode({ nextPartitionKey: 'p', nextRowKey: '\ud800' })],
  ])('%s: InvalidCursorError, not an outage', async (_label, cursor) => {
    const partition = `p-${randomUUID()}`;
    await store.create(partition, KIND.goal, goal('One'));
    await expect(store.list(partition, KIND.goal, 10, cursor)).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('its own cursor still pages', async () => {
    const partition = `p-${randomUUID()}`;
    for (const title of ['a', 'b', 'c']) await store.create(partition, KIND.goal, goal(title));
    const first = await store.list(partition, KIND.goal, 2);
    expect(first.nextCursor).toBeDefined();
    const second = await store.list(partition, KIND.goal, 2, first.nextCursor);
    expect([...first.items, ...second.items].map((item) => item.data.title)).toEqual(['c', 'b', 'a']);
  });
});

describe('PartitionStore.deletePartition', () => {
  const goals = async (partition: string) => (await store.listKinds(partition, [KIND.goal])).get(KIND.goal) ?? [];

  it('deletes every row of the partition, more than one transaction’s worth, idempotency markers included', async () => {
    const partition = `p-${randomUUID()}`;
    const other = `p-${randomUUID()}`;
    // 150 rows in all: goals and their markers, so the delete needs two transactions.
    await Promise.all(Array.from({ length: 75 }, (_, i) => store.create(partition, KIND.goal, goal(`g${i}`), randomUUID())));
    await store.create(other, KIND.goal, goal('Not mine'));
    const key = randomUUID();
    await store.create(partition, KIND.goal, goal('Retried'), key);

    await store.deletePartition(partition);

    expect(await goals(partition)).toEqual([]);
    // The marker went too: the same key now makes a new item instead of answering with the deleted one.
    expect(await store.findByIdempotencyKey(partition, KIND.goal, key)).toBeUndefined();
    expect((await goals(other)).map((record) => record.data.title)).toEqual(['Not mine']);
  });

  it('deleting an empty partition, or deleting twice at once, succeeds', async () => {
    const partition = `p-${randomUUID()}`;
    await store.deletePartition(partition);
    await Promise.all(Array.from({ length: 120 }, (_, i) => store.create(partition, KIND.goal, goal(`g${i}`))));
    await Promise.all([store.deletePartition(partition), store.deletePartition(partition)]);
    expect(await goals(partition)).toEqual([]);
  });

  it('also deletes a row written while it runs, in the same call', async () => {
    const tableName = `racing${randomUUID().slice(0, 8)}`;
    const connection = inject('tablesConnectionString');
    const client = TableClient.fromConnectionString(connection, tableName, { allowInsecureConnection: true });
    const writer = new PartitionStore(TableClient.fromConnectionString(connection, tableName, { allowInsecureConnection: true }));
    const partition = `p-${randomUUID()}`;
    for (const title of ['a', 'b']) await writer.create(partition, KIND.goal, goal(title));
    // Another request creates an item right after the first delete transaction commits.
    const submit = client.submitTransaction.bind(client);
    let raced = false;
    client.submitTransaction = async (...args: Parameters<TableClient['submitTransaction']>) => {
      const response = await submit(...args);
      if (!raced) {
        raced = true;
        await writer.create(partition, KIND.goal, goal('Written meanwhile'));
      }
      return response;
    };

    await new PartitionStore(client).deletePartition(partition);

    expect(raced).toBe(true);
    expect((await writer.listKinds(partition, [KIND.goal])).get(KIND.goal)).toEqual([]);
  });
});

describe('PartitionStore.createOnce', () => {
  it('says which of racing creates with one key stored the item', async () => {
    const partition = `p-${randomUUID()}`;
    const key = randomUUID();
    const results = await Promise.all([0, 1, 2].map(() => store.createOnce(partition, KIND.goal, goal('Once'), key)));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.record.id)).size).toBe(1);
    expect((await store.createOnce(partition, KIND.goal, goal('Once'), key)).created).toBe(false);
  });
});
