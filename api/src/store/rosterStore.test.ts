import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { describe, expect, it, inject } from 'vitest';
import { KIND } from '../domain/kinds';
import { PartitionStore } from './partitionStore';
import { chatPartition, ROSTER_ROWS, RosterStore, rosterFromRows } from './rosterStore';

const table = TableClient.fromConnectionString(inject('tablesConnectionString'), `rosters${randomUUID().slice(0, 8)}`, { allowInsecureConnection: true });
const rosters = new RosterStore(table);
const shared = new PartitionStore(table);

describe('the roster read with the space in one query', () => {
  it('answers as access and members do, and keeps the roster rows out of the space rows', async () => {
    const chatId = `19:${randomUUID().replaceAll('-', '')}@thread.v2`;
    const partition = chatPartition(chatId);
    const members = [
      { objectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Avery' },
      { objectId: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'Morgan' },
    ];
    const read = async (tenant: string, objectId: string) => {
      const { kinds, others } = await shared.listKindsWith(partition, [KIND.agenda], ROSTER_ROWS);
      return { agenda: kinds.get(KIND.agenda) ?? [], ...rosterFromRows(others, tenant, objectId) };
    };
    expect((await read('tenant', members[0]?.objectId ?? '')).access).toBe('unknown-chat');
    await rosters.install(chatId, 'tenant', members);
    await shared.create(partition, KIND.agenda, {
      title: 'Q3 numbers',
      notes: '',
      kind: 'topic',
      addedBy: { objectId: members[0]?.objectId ?? '', name: 'Avery' },
      position: 1,
      discussed: false,
      outcome: '',
    });
    for (const [tenant, objectId] of [
      ['tenant', 'AAAAAAAA-0000-4000-8000-000000000001'],
      ['tenant', 'cccccccc-0000-4000-8000-000000000003'],
      ['other-tenant', 'aaaaaaaa-0000-4000-8000-000000000001'],
    ] as const) {
      const both = await read(tenant, objectId);
      expect(both.access).toBe(await rosters.access(chatId, tenant, objectId));
      expect(both.members).toEqual(await rosters.members(chatId));
      expect(both.agenda.map((item) => (item.data as { title: string }).title)).toEqual(['Q3 numbers']);
    }
    expect((await read('tenant', 'cccccccc-0000-4000-8000-000000000003')).members.map((member) => member.name).sort()).toEqual(['Avery', 'Morgan']);
  });
});
