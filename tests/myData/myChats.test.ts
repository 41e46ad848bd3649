import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myChatsSchema } from '../../api/src/domain/chat';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { seedChat } from '../oneOnOne/chatFixture';
import { startTestApi, type Client } from '../support/apiHarness';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function myChats(client: Client) {
  const response = await client.request('GET', '/me/chats');
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return myChatsSchema.parse(response.body).chats;
}

describe('GET /api/me/chats', () => {
  it('lists the chats I am on the roster of, with the others in each, and nobody else sees them', async () => {
    const chat = await seedChat(api);
    expect(await myChats(chat.employee)).toEqual([{ chatId: chat.chatId, others: [chat.manager.name] }]);
    expect(await myChats(chat.manager)).toEqual([{ chatId: chat.chatId, others: [chat.employee.name] }]);
    expect(await myChats(chat.outsider)).toEqual([]);
  });

  it('drops a chat once I left it or the app was removed from it', async () => {
    const left = await seedChat(api);
    await api.services.rosters.removeMembers(left.chatId, [left.manager.objectId]);
    expect(await myChats(left.manager)).toEqual([]);
    expect(await myChats(left.employee)).toEqual([{ chatId: left.chatId, others: [] }]);

    const removed = await seedChat(api);
    await api.services.rosters.uninstall(removed.chatId);
    expect(await myChats(removed.employee)).toEqual([]);
  });

  it('asks for sign-in like every /me route', async () => {
    expect((await fetch(`${api.baseUrl}/api/me/chats`)).status).toBe(401);
  });
});
