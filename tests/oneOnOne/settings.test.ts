import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi, type Client } from '../support/apiHarness';
import { addItem, seedChat, type ChatFixture } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

interface Settings {
  version: string | null;
  roles: { employee: string; manager: string } | null;
  cadence: Record<string, unknown> | null;
  nextMeeting: { date: string; time: string; timeZone: string } | null;
}

async function space(client: Client, chat: ChatFixture) {
  const response = await client.request('GET', `${chat.base}/space`);
  expect(response.status).toBe(200);
  return response.body as { roles: Settings['roles']; settings: Settings; questionBank: { id: string; role: string }[] };
}

function put(client: Client, chat: ChatFixture, body: unknown, version: string | null) {
  return client.request('PUT', `${chat.base}/settings`, { body, headers: version === null ? {} : { 'If-Match': version } });
}

const rolesOf = (chat: ChatFixture) => ({ employee: chat.employee.objectId, manager: chat.manager.objectId });

describe('roles in a 1:1 chat', () => {
  it('start unset: the space has no roles and no questions until someone says who is who', async () => {
    const chat = await seedChat(api);
    const before = await space(chat.manager, chat);
    expect(before.roles).toBeNull();
    expect(before.settings.version).toBeNull();
    expect(before.questionBank).toEqual([]);
  });

  it('once set, each member gets the questions of their own role', async () => {
    const chat = await seedChat(api);
    const set = await put(chat.manager, chat, { roles: rolesOf(chat) }, null);
    expect(set.status).toBe(200);
    expect(set.body.roles).toEqual(rolesOf(chat));
    const [employee, manager] = await Promise.all([space(chat.employee, chat), space(chat.manager, chat)]);
    expect(employee.roles).toEqual(rolesOf(chat));
    expect(employee.questionBank.length).toBeGreaterThanOrEqual(30);
    expect(manager.questionBank.length).toBeGreaterThanOrEqual(30);
    expect(new Set(employee.questionBank.map((question) => question.role))).toEqual(new Set(['employee']));
    expect(new Set(manager.questionBank.map((question) => question.role))).toEqual(new Set(['manager']));
    // A manager's question picked from the bank goes on the shared agenda like any other.
    const picked = await addItem(chat.manager, chat.base, { questionId: 'mgr-take-off-plate' });
    expect(picked.title).toBe('What could I take off your plate this week?');
  });

  it('either member can swap them, but only with the version they saw: a second blind change is 412 with the current roles', async () => {
    const chat = await seedChat(api);
    const first = await put(chat.employee, chat, { roles: rolesOf(chat) }, null);
    const version = String(first.body.version);
    const swapped = { employee: chat.manager.objectId, manager: chat.employee.objectId };
    const [a, b] = await Promise.all([put(chat.manager, chat, { roles: swapped }, version), put(chat.employee, chat, { cadence: null }, version)]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const loser = a.status === 412 ? a : b;
    expect(loser.body.code).toBe('version_conflict');
    expect((loser.body.current as Settings).version).not.toBe(version);
    // Creating the row twice is refused the same way, and a change without If-Match once it exists is 428.
    expect((await put(chat.manager, chat, { roles: rolesOf(chat) }, null)).status).toBe(428);
    expect((await put(chat.manager, chat, { roles: rolesOf(chat) }, '"stale"')).status).toBe(412);
  });

  it('must name the chat’s two members, two different people', async () => {
    const chat = await seedChat(api);
    const twice = await put(chat.employee, chat, { roles: { employee: chat.employee.objectId, manager: chat.employee.objectId } }, null);
    expect(twice.status).toBe(400);
    const stranger = await put(chat.employee, chat, { roles: { employee: chat.employee.objectId, manager: chat.outsider.objectId } }, null);
    expect(stranger.status).toBe(400);
    expect(stranger.body.errors).toEqual([{ path: 'roles', message: 'Both people must be members of this chat.' }]);
    expect((await space(chat.employee, chat)).roles).toBeNull();
  });

  it('a chat of three is not a 1:1: roles are refused with a plain 409', async () => {
    const chat = await seedChat(api);
    // The outsider joins the chat: three members.
    await api.services.rosters.install(chat.chatId, LOCAL_TENANT_ID, [
      { objectId: chat.employee.objectId, name: chat.employee.name },
      { objectId: chat.manager.objectId, name: chat.manager.name },
      { objectId: chat.outsider.objectId, name: chat.outsider.name },
    ]);
    const refused = await put(chat.employee, chat, { roles: rolesOf(chat) }, null);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'not_one_on_one', title: 'The 1:1 tab is for two people.' });
  });
});

describe('cadence', () => {
  it('a weekly slot gives the next 1:1 in the setter’s time zone; clearing it removes it', async () => {
    const chat = await seedChat(api);
    const set = await put(chat.employee, chat, { cadence: { kind: 'weekly', weekday: 2, time: '10:00', timeZone: 'Europe/Berlin' } }, null);
    expect(set.status).toBe(200);
    const next = (await space(chat.manager, chat)).settings.nextMeeting;
    expect(next).toMatchObject({ time: '10:00', timeZone: 'Europe/Berlin' });
    expect(new Date(`${String(next?.date)}T00:00:00Z`).getUTCDay()).toBe(2);
    const cleared = await put(chat.manager, chat, { cadence: null }, String(set.body.version));
    expect(cleared.status).toBe(200);
    expect((await space(chat.employee, chat)).settings).toMatchObject({ cadence: null, nextMeeting: null });
  });

  it('refuses a time zone that does not exist, with the field named', async () => {
    const chat = await seedChat(api);
    const refused = await put(chat.employee, chat, { cadence: { kind: 'once', date: '2027-01-05', time: '10:00', timeZone: 'Nowhere/Land' } }, null);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'cadence.timeZone' })]);
  });

  it('outsiders can change nothing', async () => {
    const chat = await seedChat(api);
    expect((await put(chat.outsider, chat, { cadence: null }, null)).status).toBe(403);
    expect((await space(chat.employee, chat)).settings.version).toBeNull();
  });
});
