import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi, type Client, type ClientResponse } from '../support/apiHarness';
import { addItem, agendaOf, seedChat, setRoles, titles, type ChatFixture } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function create(client: Client, path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await client.request('POST', path, { body });
  expect(response.status).toBe(201);
  return response.body;
}

async function space(chat: ChatFixture, as: 'employee' | 'manager'): Promise<ClientResponse> {
  const response = await chat[as].request('GET', `${chat.base}/space`);
  expect(response.status).toBe(200);
  return response;
}

async function overview(client: Client): Promise<Record<string, unknown>> {
  const response = await client.request('GET', '/me/overview');
  expect(response.status).toBe(200);
  return response.body;
}

const list = (body: Record<string, unknown>, key: string) => body[key] as Record<string, unknown>[];

describe('career goals on the table', () => {
  it('shows only shared goals, by horizon, with their shared wins, and lets the other member answer "How I can help"', async () => {
    const chat = await seedChat(api);
    const secret = 'SECRETGOAL';
    const tenYear = await create(chat.employee, '/me/goals', { title: 'Run my own company', horizon: '10y', progress: 5, sharedInOneOnOne: true });
    const oneYear = await create(chat.employee, '/me/goals', { title: 'Lead the payments team', horizon: '1y', progress: 40, sharedInOneOnOne: true });
    const hidden = await create(chat.employee, '/me/goals', { title: `${secret} leave for a rival`, horizon: '1y' });
    const old = await create(chat.employee, '/me/goals', { title: 'Private by default', horizon: '5y' });
    expect(old.sharedInOneOnOne).toBe(false);
    await create(chat.employee, '/me/wins', { title: 'Led the outage review', date: '2026-02-01', goalId: oneYear.id, evidenceUrl: 'https://example.com/review', sharedInOneOnOne: true });
    await create(chat.employee, '/me/wins', { title: 'Shared win on the hidden goal', date: '2026-02-02', goalId: hidden.id, sharedInOneOnOne: true });

    const seen = await space(chat, 'manager');
    const goals = list(seen.body, 'sharedGoals');
    expect(titles(goals)).toEqual(['Lead the payments team', 'Run my own company']);
    expect(goals[0]).toMatchObject({ horizon: '1y', progress: 40, ownerObjectId: chat.employee.objectId, wins: [{ title: 'Led the outage review', date: '2026-02-01' }] });
    expect(goals[0]).not.toHaveProperty('why');
    const wins = list(seen.body, 'sharedWins');
    expect(wins.find((win) => win.title === 'Led the outage review')).toMatchObject({ evidenceUrl: 'https://example.com/review', goal: { id: oneYear.id, title: 'Lead the payments team' } });
    // A shared win names a private goal: the goal stays private.
    expect(wins.find((win) => win.title === 'Shared win on the hidden goal')).not.toHaveProperty('goal');

    const answered = await chat.manager.request('PUT', `${chat.base}/goals/${String(oneYear.id)}/help`, {
      body: { ownerObjectId: chat.employee.objectId, text: 'I will introduce you to the VP of payments.' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ goalId: oneYear.id, text: 'I will introduce you to the VP of payments.', author: { objectId: chat.manager.objectId } });

    // Changing the answer without the version it was based on would overwrite blindly.
    const blind = await chat.manager.request('PUT', `${chat.base}/goals/${String(oneYear.id)}/help`, { body: { ownerObjectId: chat.employee.objectId, text: 'Other' } });
    expect(blind.status).toBe(412);
    expect((blind.body.current as Record<string, unknown>).text).toBe('I will introduce you to the VP of payments.');
    const changed = await chat.manager.request('PUT', `${chat.base}/goals/${String(oneYear.id)}/help`, {
      body: { ownerObjectId: chat.employee.objectId, text: 'VP intro, and a stretch project.' },
      headers: { 'If-Match': String(answered.body.etag) },
    });
    expect(changed.status).toBe(200);

    const mine = await overview(chat.employee);
    expect(list(mine, 'goalHelp')).toEqual([expect.objectContaining({ goalId: oneYear.id, text: 'VP intro, and a stretch project.' })]);
    const employeeView = await space(chat, 'employee');
    expect(list(employeeView.body, 'sharedGoals')[0]).toMatchObject({ help: { text: 'VP intro, and a stretch project.' } });

    // Only the other member answers, only on a shared goal, only inside the chat.
    const own = await chat.employee.request('PUT', `${chat.base}/goals/${String(oneYear.id)}/help`, { body: { ownerObjectId: chat.employee.objectId, text: 'Me' } });
    expect(own.status).toBe(403);
    const unshared = await chat.manager.request('PUT', `${chat.base}/goals/${String(hidden.id)}/help`, { body: { ownerObjectId: chat.employee.objectId, text: 'Seen it' } });
    expect(unshared.status).toBe(404);
    const outsider = await chat.outsider.request('PUT', `${chat.base}/goals/${String(oneYear.id)}/help`, { body: { ownerObjectId: chat.employee.objectId, text: 'Hi' } });
    expect(outsider.status).toBe(403);
    const bad = await chat.manager.request('PUT', `${chat.base}/goals/${String(oneYear.id)}/help`, { body: { ownerObjectId: chat.employee.objectId, text: '' } });
    expect(bad.status).toBe(400);

    for (const response of [seen, answered, changed, employeeView, unshared, own, await space(chat, 'manager')]) {
      expect(JSON.stringify(response.body)).not.toContain(secret);
    }
    expect(tenYear.sharedInOneOnOne).toBe(true);
  });
});

describe('actions for both', () => {
  it("turns an outcome into the employee's own commitment or the manager's action, which either marks done", async () => {
    const chat = await seedChat(api);
    const item = await addItem(chat.employee, chat.base, { title: 'Growth into a lead role' });
    const mine = await chat.employee.request('POST', `${chat.base}/actions`, {
      body: { agendaItemId: item.id, ownerObjectId: chat.employee.objectId, title: 'Draft the team charter', dueDate: '2026-12-01' },
    });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ kind: 'commitment', title: 'Draft the team charter', dueDate: '2026-12-01' });
    const commitments = await chat.employee.request('GET', '/me/commitments');
    expect(list(commitments.body, 'items')).toEqual([expect.objectContaining({ title: 'Draft the team charter', sharedInOneOnOne: true, toWhom: chat.manager.name })]);

    const key = randomUUID();
    const offer = { agendaItemId: item.id, ownerObjectId: chat.manager.objectId, title: 'Introduce Avery to the VP', dueDate: '2026-02-20' };
    const theirs = await chat.employee.request('POST', `${chat.base}/actions`, { body: offer, headers: { 'Idempotency-Key': key } });
    expect(theirs.status).toBe(201);
    const retried = await chat.employee.request('POST', `${chat.base}/actions`, { body: offer, headers: { 'Idempotency-Key': key } });
    const action = theirs.body.action as Record<string, unknown>;
    expect((retried.body.action as Record<string, unknown>).id).toBe(action.id);
    expect(action).toMatchObject({ owner: { objectId: chat.manager.objectId }, employee: { objectId: chat.employee.objectId }, status: 'open', dueDate: '2026-02-20', fromItem: { title: 'Growth into a lead role' } });

    const managerView = await space(chat, 'manager');
    expect(titles(list(managerView.body, 'managerActions'))).toEqual(['Introduce Avery to the VP']);
    expect(titles(list(managerView.body, 'sharedCommitments'))).toEqual(['Draft the team charter']);
    expect(titles(list(await overview(chat.employee), 'askedOfManager'))).toEqual(['Introduce Avery to the VP']);

    const done = await chat.manager.request('PUT', `${chat.base}/actions/${String(action.id)}`, {
      body: { employeeObjectId: chat.employee.objectId, status: 'done', doneOn: '2026-03-01' },
      headers: { 'If-Match': String(action.etag) },
    });
    expect(done.status).toBe(200);
    const stale = await chat.employee.request('PUT', `${chat.base}/actions/${String(action.id)}`, {
      body: { employeeObjectId: chat.employee.objectId, status: 'open' },
      headers: { 'If-Match': String(action.etag) },
    });
    expect(stale.status).toBe(412);
    expect(list(await overview(chat.employee), 'askedOfManager')[0]).toMatchObject({ status: 'done', doneOn: '2026-03-01' });

    // Follow-through is the employee's own: the manager's done action does not count.
    const summary = await chat.employee.request('GET', '/me/commitments/summary?today=2026-03-02');
    // Done late and due inside the window: were it counted, `due` would be 1 and `done` 1.
    expect(summary.body).toMatchObject({ counts: { open: 1, done: 0 }, followThrough: { due: 0, rate: null } });
    expect(JSON.stringify(summary.body)).not.toContain('VP');

    const outsider = await chat.outsider.request('POST', `${chat.base}/actions`, { body: offer });
    expect(outsider.status).toBe(403);
    const stranger = await chat.employee.request('POST', `${chat.base}/actions`, { body: { ...offer, ownerObjectId: chat.outsider.objectId } });
    expect(stranger.status).toBe(400);
    const noItem = await chat.employee.request('POST', `${chat.base}/actions`, { body: { ...offer, agendaItemId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' } });
    expect(noItem.status).toBe(404);
  });

  it("with roles set, the manager's own offer lands with the employee the roles name, whoever records it", async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const item = await addItem(chat.manager, chat.base, { title: 'Conference budget' });
    const offer = await chat.manager.request('POST', `${chat.base}/actions`, {
      body: { agendaItemId: item.id, ownerObjectId: chat.manager.objectId, title: 'Ask finance about the budget' },
    });
    expect(offer.status).toBe(201);
    expect(offer.body).toMatchObject({ kind: 'managerAction', action: { owner: { objectId: chat.manager.objectId }, employee: { objectId: chat.employee.objectId } } });
    expect(titles(list(await overview(chat.employee), 'askedOfManager'))).toEqual(['Ask finance about the budget']);
    expect(list(await overview(chat.manager), 'askedOfManager')).toEqual([]);

    // The employee's own action, recorded by the manager, is the employee's commitment to the manager.
    const theirs = await chat.manager.request('POST', `${chat.base}/actions`, { body: { agendaItemId: item.id, ownerObjectId: chat.employee.objectId, title: 'Pick the talks' } });
    expect(theirs.body).toMatchObject({ kind: 'commitment', ownerObjectId: chat.employee.objectId });
    const commitments = await chat.employee.request('GET', '/me/commitments');
    expect(list(commitments.body, 'items')).toEqual([expect.objectContaining({ title: 'Pick the talks', toWhom: chat.manager.name })]);
  });
});

describe('the record keeps what was shared', () => {
  it('files a snapshot of shared commitments, wins and actions, and keeps earlier wins visible under "shared before"', async () => {
    const chat = await seedChat(api);
    const goal = await create(chat.employee, '/me/goals', { title: 'Lead the payments team', horizon: '1y', sharedInOneOnOne: true });
    await create(chat.employee, '/me/wins', { title: 'Cut refunds by half', date: '2026-02-01', goalId: goal.id, evidenceUrl: 'https://example.com/refunds', sharedInOneOnOne: true });
    await create(chat.employee, '/me/commitments', { title: 'Write the runbook', dueDate: '2026-04-01', sharedInOneOnOne: true });
    const item = await addItem(chat.employee, chat.base, { title: 'Visibility' });
    await chat.employee.request('POST', `${chat.base}/actions`, { body: { agendaItemId: item.id, ownerObjectId: chat.manager.objectId, title: 'Introduce Avery to the VP' } });

    const closed = await chat.manager.request('POST', `${chat.base}/close`, {
      body: { agendaVersion: agendaOf(await space(chat, 'manager')).version, date: '2026-03-01' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect(closed.status).toBe(201);
    const recordId = (closed.body.record as { id: string }).id;
    const record = await chat.employee.request('GET', `${chat.base}/records/${recordId}`);
    expect(record.body.shared).toEqual({
      commitments: [{ ownerName: chat.employee.name, title: 'Write the runbook', status: 'open', dueDate: '2026-04-01' }],
      wins: [{ ownerName: chat.employee.name, title: 'Cut refunds by half', date: '2026-02-01', evidenceUrl: 'https://example.com/refunds', goalTitle: 'Lead the payments team' }],
      actions: [{ ownerName: chat.manager.name, title: 'Introduce Avery to the VP', status: 'open' }],
    });

    const after = await space(chat, 'manager');
    expect(list(after.body, 'sharedWins')).toEqual([]);
    expect(titles(list(after.body, 'earlierSharedWins'))).toEqual(['Cut refunds by half']);
    // The open action carries on to the next 1:1.
    expect(titles(list(after.body, 'managerActions'))).toEqual(['Introduce Avery to the VP']);
  });
});
