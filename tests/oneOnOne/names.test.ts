import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi } from '../support/apiHarness';
import { newChatId, seedChat } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

type Members = { objectId: string; name: string }[];

describe('member names in the shared space', () => {
  it('learns the name Teams did not give from the member’s own sign-in, and a later nameless update keeps it', async () => {
    const { employee, manager } = await seedChat(api);
    // As Teams does: the installation names the installer, membership updates name nobody.
    const chatId = newChatId();
    const base = `/chats/${encodeURIComponent(chatId)}`;
    await api.services.rosters.install(chatId, LOCAL_TENANT_ID, [
      { objectId: employee.objectId, name: employee.name },
      { objectId: manager.objectId, name: '' },
    ]);
    const before = await employee.request('GET', `${base}/space`);
    expect((before.body.members as Members).find((member) => member.objectId === manager.objectId)?.name).toBe('');

    expect((await manager.request('GET', `${base}/space`)).status).toBe(200);
    await api.services.rosters.addMembers(chatId, [{ objectId: manager.objectId, name: '' }]);

    const after = await employee.request('GET', `${base}/space`);
    expect((after.body.members as Members).map((member) => member.name).sort()).toEqual([employee.name, manager.name].sort());
  });

  it('never names someone who was removed from the chat', async () => {
    const { chatId, base, manager, employee } = await seedChat(api);
    await api.services.rosters.removeMembers(chatId, [manager.objectId]);
    await api.services.rosters.learnName(chatId, manager.objectId, 'Someone else');
    expect((await manager.request('GET', `${base}/space`)).status).toBe(403);
    const space = await employee.request('GET', `${base}/space`);
    expect((space.body.members as Members).map((member) => member.objectId)).toEqual([employee.objectId]);
  });
});
