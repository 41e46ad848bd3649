import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../api/src/hosts/routeTable';
import { LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { send, startTestApi, type Client, type ClientResponse } from '../support/apiHarness';
import { addItem, agendaOf, newChatId, rowsInChat, rowsOfPerson, seedChat, seedCommitment, titles, type ChatFixture } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const sharedRoutes = routes.filter((route) => route.path.startsWith('/chats/{chatId}'));

/** What a member would send to each shared route: real ids, versions and bodies, so only access decides. */
async function plausibleRequests(chat: ChatFixture) {
  const item = await addItem(chat.employee, chat.base, { title: 'Roadmap for Q3', notes: 'Bring the draft' });
  const commitmentId = await seedCommitment(api, chat.employee, { title: 'Send the Q3 draft', sharedInOneOnOne: true });
  const space = await chat.employee.request('GET', `${chat.base}/space`);
  const close = await chat.employee.request('POST', `${chat.base}/close`, {
    body: { agendaVersion: agendaOf(space).version },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  const recordId = (close.body.record as { id: string }).id;
  const current = agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).items[0] ?? item;
  const goal = await chat.employee.request('POST', '/me/goals', { body: { title: 'Lead the payments team', horizon: '1y', sharedInOneOnOne: true } });
  const offer = { agendaItemId: String(current.id), ownerObjectId: chat.manager.objectId, title: 'Introduce to the VP' };
  const action = (await chat.employee.request('POST', `${chat.base}/actions`, { body: offer })).body.action as { id: string };
  const feedback = await chat.employee.request('POST', '/me/feedback', { body: { giver: 'Morgan', receivedOn: '2026-01-02', text: 'Lead with numbers', resolution: { state: 'actedOn', on: '2026-01-09', note: 'I do now' } } });
  const idOf = (path: string) => {
    if (path.includes('/records/')) return recordId;
    if (path.includes('/goals/')) return String(goal.body.id);
    return path.includes('/actions/') ? action.id : String(current.id);
  };
  const bodies: Record<string, unknown> = {
    'add-agenda-item': { title: 'Sneaky item' },
    'update-agenda-item': { title: 'Sneaky edit', discussed: true },
    'move-agenda-item': { afterId: null },
    'add-commitment-comment': { commitmentId, ownerObjectId: chat.employee.objectId, text: 'Sneaky comment' },
    'close-one-on-one': { agendaVersion: agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).version },
    'change-chat-settings': { roles: { employee: chat.outsider.objectId, manager: chat.employee.objectId } },
    'answer-goal-help': { ownerObjectId: chat.employee.objectId, text: 'Sneaky help' },
    'create-one-on-one-action': { ...offer, title: 'Sneaky action' },
    'set-one-on-one-action-status': { employeeObjectId: chat.employee.objectId, status: 'done', doneOn: '2026-01-01' },
    'raise-heads-up': { risk: 'Sneaky risk', byWhen: '2026-12-01', affects: 'All', options: [{ title: 'A', cost: 'x' }, { title: 'B', cost: 'y' }], recommended: 0, decideBy: '2026-11-30' },
    'decide-heads-up': { choice: 'talk' },
    'tell-what-changed': { feedbackId: String(feedback.body.id) },
    'save-agenda-answer-as-feedback': { text: 'Sneaky feedback', receivedOn: '2026-01-02' },
  };
  return sharedRoutes.map((route) => ({
    name: route.name,
    method: route.method,
    path: (base: string) => route.path.replace('/chats/{chatId}', base).replace('{id}', idOf(route.path)),
    body: bodies[route.name],
    headers: { 'If-Match': String(current.etag), 'Idempotency-Key': randomUUID() },
  }));
}

async function callAll(client: Client, requests: Awaited<ReturnType<typeof plausibleRequests>>, base: string): Promise<[string, ClientResponse][]> {
  const answers: [string, ClientResponse][] = [];
  for (const request of requests) {
    answers.push([request.name, await client.request(request.method, request.path(base), { body: request.body, headers: request.headers })]);
  }
  return answers;
}

describe('who may open a chat’s shared space', () => {
  it('both members of the chat see the same agenda, with who added what', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Promotion timeline', notes: 'What does “ready” look like?' });
    await addItem(chat.manager, chat.base, { title: 'Hiring plan' });
    const [asEmployee, asManager] = await Promise.all([
      chat.employee.request('GET', `${chat.base}/space`),
      chat.manager.request('GET', `${chat.base}/space`),
    ]);
    expect(asEmployee.status).toBe(200);
    expect(asManager.status).toBe(200);
    expect(agendaOf(asManager)).toEqual(agendaOf(asEmployee));
    expect(titles(agendaOf(asManager).items)).toEqual(['Promotion timeline', 'Hiring plan']);
    expect(agendaOf(asManager).items.map((item) => item.addedBy)).toEqual([
      { objectId: chat.employee.objectId, name: chat.employee.name },
      { objectId: chat.manager.objectId, name: chat.manager.name },
    ]);
    expect((asManager.body.members as { name: string }[]).map((member) => member.name)).toEqual([chat.employee.name, chat.manager.name]);
    expect(asManager.body.me).toBe(chat.manager.objectId);
  });

  it('someone not in the chat gets 403 on every shared route, and nothing is written', async () => {
    const chat = await seedChat(api);
    const requests = await plausibleRequests(chat);
    expect(requests.map((request) => request.name).sort()).toEqual(
      [
        'add-agenda-item',
        'add-commitment-comment',
        'close-one-on-one',
        'delete-agenda-item',
        'get-chat-space',
        'get-one-on-one-record',
        'list-one-on-one-records',
        'move-agenda-item',
        'save-agenda-answer-to-profile',
        'update-agenda-item',
        'change-chat-settings',
        'undo-close-one-on-one',
        'answer-goal-help',
        'create-one-on-one-action',
        'set-one-on-one-action-status',
        'raise-heads-up',
        'decide-heads-up',
        'post-heads-up-card',
        'tell-what-changed',
        'save-agenda-answer-as-feedback',
      ].sort(),
    );
    const before = await rowsInChat(chat.chatId);
    // The 1:1 writes help and the manager's actions into the employee's own partition.
    const employeeRows = await rowsOfPerson(chat.employee);
    for (const [name, response] of await callAll(chat.outsider, requests, chat.base)) {
      expect({ name, status: response.status, code: response.body.code }).toEqual({ name, status: 403, code: 'forbidden' });
      expect(JSON.stringify(response.body)).not.toContain('Roadmap');
    }
    expect(await rowsInChat(chat.chatId)).toEqual(before);
    expect(await rowsOfPerson(chat.employee)).toEqual(employeeRows);
  });

  it('a member removed from the chat loses access to every shared route with their next request', async () => {
    const chat = await seedChat(api);
    const requests = await plausibleRequests(chat);
    expect((await chat.manager.request('GET', `${chat.base}/space`)).status).toBe(200);
    await api.services.rosters.removeMembers(chat.chatId, [chat.manager.objectId]);
    const before = await rowsInChat(chat.chatId);
    for (const [name, response] of await callAll(chat.manager, requests, chat.base)) {
      expect({ name, status: response.status }).toEqual({ name, status: 403 });
    }
    expect(await rowsInChat(chat.chatId)).toEqual(before);
    expect((await chat.employee.request('GET', `${chat.base}/space`)).status).toBe(200);
  });

  it('a member added later gets access at once', async () => {
    const chat = await seedChat(api);
    expect((await chat.outsider.request('GET', `${chat.base}/space`)).status).toBe(403);
    await api.services.rosters.addMembers(chat.chatId, [{ objectId: chat.outsider.objectId, name: chat.outsider.name }]);
    expect((await chat.outsider.request('GET', `${chat.base}/space`)).status).toBe(200);
  });

  it('a chat the app was never installed in is 404 on every shared route, and nothing is written', async () => {
    const chat = await seedChat(api);
    const requests = await plausibleRequests(chat);
    const never = newChatId();
    const base = `/chats/${encodeURIComponent(never)}`;
    for (const [name, response] of await callAll(chat.employee, requests, base)) {
      expect({ name, status: response.status }).toEqual({ name, status: 404 });
    }
    expect(await rowsInChat(never)).toEqual([]);
  });

  it('a chat uninstalled from the tenant is 404 even for its former members', async () => {
    const chat = await seedChat(api);
    await api.services.rosters.uninstall(chat.chatId);
    expect((await chat.employee.request('GET', `${chat.base}/space`)).status).toBe(404);
  });

  it.each([
    ['a slash', 'a/b', '19%3Aa%2Fb%40thread.v2'],
    ['a hash', 'a#b', '19%3Aa%23b%40thread.v2'],
    ['a question mark', 'a?b', '19%3Aa%3Fb%40thread.v2'],
    ['a backslash', 'a\\b', '19%3Aa%5Cb%40thread.v2'],
    ['a control character', 'a\u0000b', '19%3Aa%00b%40thread.v2'],
    ['a space', 'a b', '19%3Aa%20b%40thread.v2'],
  ])('a chat id with %s is 400 on every shared route, without echoing it', async (_label, inner, encoded) => {
    const chat = await seedChat(api);
    const chatId = `19:${inner}@thread.v2`;
    // The same chat id, had it been let through, would be installed and the caller a member.
    await api.services.rosters.install(chatId, LOCAL_TENANT_ID, [{ objectId: chat.employee.objectId, name: chat.employee.name }]);
    const before = await rowsInChat(chatId);
    const requests = await plausibleRequests(chat);
    for (const [name, response] of await callAll(chat.employee, requests, `/chats/${encoded}`)) {
      expect({ name, status: response.status, errors: response.body.errors }).toEqual({
        name,
        status: 400,
        errors: [{ path: 'chatId', message: 'Not a chat id.' }],
      });
      expect(JSON.stringify(response.body)).not.toContain(inner);
    }
    expect(await rowsInChat(chatId)).toEqual(before);
  });

  it('without a token every shared route is 401', async () => {
    const chat = await seedChat(api);
    for (const route of sharedRoutes) {
      const response = await send(api, route.method, route.path.replace('/chats/{chatId}', chat.base).replace('{id}', '01J0000000000000000000000A'));
      expect({ name: route.name, status: response.status }).toEqual({ name: route.name, status: 401 });
    }
  });
});
