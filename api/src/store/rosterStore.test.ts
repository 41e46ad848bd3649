import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { describe, expect, it, inject } from 'vitest';
import { RosterStore } from './rosterStore';

const rosters = new RosterStore(TableClient.fromConnectionString(inject('tablesConnectionString'), `rosters${randomUUID().slice(0, 8)}`, { allowInsecureConnection: true }));

describe('RosterStore.accessAndMembers', () => {
  it('answers as access and members do, in one query', async () => {
    const chatId = `19:${randomUUID().replaceAll('-', '')}@thread.v2`;
    const members = [
      { objectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Avery' },
      { objectId: 'bbbbbbbb-0000-4000-8000-000000000002', name: 'Morgan' },
    ];
    expect((await rosters.accessAndMembers(chatId, 'tenant', members[0]?.objectId ?? '')).access).toBe('unknown-chat');
    await rosters.install(chatId, 'tenant', members);
    for (const [tenant, objectId] of [
      ['tenant', 'AAAAAAAA-0000-4000-8000-000000000001'],
      ['tenant', 'cccccccc-0000-4000-8000-000000000003'],
      ['other-tenant', 'aaaaaaaa-0000-4000-8000-000000000001'],
    ] as const) {
      const both = await rosters.accessAndMembers(chatId, tenant, objectId);
      expect(both.access).toBe(await rosters.access(chatId, tenant, objectId));
      expect(both.members).toEqual(await rosters.members(chatId));
    }
    expect((await rosters.accessAndMembers(chatId, 'tenant', 'cccccccc-0000-4000-8000-000000000003')).members.map((member) => member.name).sort()).toEqual(['Avery', 'Morgan']);
  });
});
