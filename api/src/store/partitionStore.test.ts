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
