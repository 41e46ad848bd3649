import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi, type Client, type ClientResponse } from '../support/apiHarness';
import { addItem, agendaOf, changeCommitment, rowsInChat, seedChat, seedCommitment, titles, type ChatFixture } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function createWin(client: Client, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await client.request('POST', '/me/wins', { body: { impact: '', ...body } });
  expect(response.status).toBe(201);
  return response.body;
}

async function space(chat: ChatFixture, as: 'employee' | 'manager' = 'manager', query = ''): Promise<ClientResponse> {
  const response = await chat[as].request('GET', `${chat.base}/space${query}`);
  expect(response.status).toBe(200);
  return response;
}

const sharedWinTitles = (response: ClientResponse) => titles(response.body.sharedWins as Record<string, unknown>[]);
const sharedCommitments = (response: ClientResponse) => response.body.sharedCommitments as Record<string, unknown>[];

describe('privacy of the shared 1:1 space', () => {
  it('nothing personal appears in any shared response unless its owner shared it', async () => {
    const chat = await seedChat(api);
    const secret = 'PRIVATE';
    await createWin(chat.employee, { title: 'Shipped the billing migration', impact: 'No downtime', date: '2026-02-20', sharedInOneOnOne: true });
    await createWin(chat.employee, { title: `${secret} win: offer from another company`, date: '2026-02-21' });
    await createWin(chat.manager, { title: `${secret} win of the manager`, date: '2026-02-21' });
    await createWin(chat.outsider, { title: 'OUTSIDER win they shared in their own 1:1', date: '2026-02-21', sharedInOneOnOne: true });
    await chat.employee.request('POST', '/me/goals', { body: { title: `${secret} goal: leave within a year`, horizon: '1y' } });
    const runbook = await seedCommitment(
      api,
      chat.employee,
      { title: 'Write the migration runbook', details: `${secret} details`, toWhom: `${secret} recipient`, dueDate: '2099-03-10', sharedInOneOnOne: true },
      { source: { messageId: 'm-1', text: `${secret} message text`, authorName: `${secret} author` } },
    );
    await seedCommitment(api, chat.employee, { title: `${secret} commitment: reference for a friend` });

    const answers: ClientResponse[] = [];
    const record = async (response: ClientResponse) => {
      answers.push(response);
      return response;
    };
    const first = await record(await space(chat));
    await record(await space(chat, 'employee'));
    const item = await addItem(chat.manager, chat.base, { title: 'Runbook review' });
    await record(await chat.manager.request('PUT', `${chat.base}/agenda/${String(item.id)}`, { body: { title: 'Runbook review', discussed: true }, headers: { 'If-Match': String(item.etag) } }));
    await record(await chat.manager.request('POST', `${chat.base}/comments`, { body: { commitmentId: runbook, ownerObjectId: chat.employee.objectId, text: 'Happy to review it' } }));
    const closed = await record(
      await chat.manager.request('POST', `${chat.base}/close`, { body: { agendaVersion: agendaOf(await space(chat)).version }, headers: { 'Idempotency-Key': randomUUID() } }),
    );
    await record(await chat.manager.request('GET', `${chat.base}/records`));
    await record(await chat.manager.request('GET', `${chat.base}/records/${(closed.body.record as { id: string }).id}`));
    await record(await space(chat));

    for (const answer of answers) {
      expect(answer.status).toBeLessThan(300);
      expect(JSON.stringify(answer.body)).not.toContain(secret);
      expect(JSON.stringify(answer.body)).not.toContain('OUTSIDER');
    }
    expect(sharedWinTitles(first)).toEqual(['Shipped the billing migration']);
    expect(first.body.sharedWins).toEqual([
      { id: expect.any(String), ownerObjectId: chat.employee.objectId, ownerName: chat.employee.name, title: 'Shipped the billing migration', impact: 'No downtime', date: '2026-02-20' },
    ]);
    expect(sharedCommitments(first)).toEqual([
      {
        id: runbook,
        ownerObjectId: chat.employee.objectId,
        ownerName: chat.employee.name,
        title: 'Write the migration runbook',
        status: 'open',
        dueDate: '2099-03-10',
        overdue: false,
        comments: [],
      },
    ]);
  });

  it('un-sharing a win or a commitment takes it out of the next load', async () => {
    const chat = await seedChat(api);
    const win = await createWin(chat.employee, { title: 'Closed the Fabrikam deal', date: '2026-02-20', sharedInOneOnOne: true });
    const commitment = await seedCommitment(api, chat.employee, { title: 'Draft the Q3 plan', sharedInOneOnOne: true });
    expect(sharedWinTitles(await space(chat))).toEqual(['Closed the Fabrikam deal']);
    expect(titles(sharedCommitments(await space(chat)))).toEqual(['Draft the Q3 plan']);

    const unshared = await chat.employee.request('PUT', `/me/wins/${String(win.id)}`, {
      body: { title: 'Closed the Fabrikam deal', impact: '', date: '2026-02-20', sharedInOneOnOne: false },
      headers: { 'If-Match': String(win.etag) },
    });
    expect(unshared.status).toBe(200);
    await changeCommitment(chat.employee, commitment, { sharedInOneOnOne: false });

    const after = await space(chat);
    expect(JSON.stringify(after.body)).not.toContain('Fabrikam');
    expect(JSON.stringify(after.body)).not.toContain('Draft the Q3 plan');
  });

  it('a member who leaves the chat takes their shared items with them', async () => {
    const chat = await seedChat(api);
    await createWin(chat.employee, { title: 'Mentored two new hires', date: '2026-02-20', sharedInOneOnOne: true });
    await createWin(chat.manager, { title: 'Got headcount approved', date: '2026-02-19', sharedInOneOnOne: true });
    expect(sharedWinTitles(await space(chat))).toEqual(['Mentored two new hires', 'Got headcount approved']);
    await api.services.rosters.removeMembers(chat.chatId, [chat.employee.objectId]);
    expect(sharedWinTitles(await space(chat))).toEqual(['Got headcount approved']);
  });

  it('in a chat bigger than a 1:1 (more than 10 members) nothing personal is shown at all', async () => {
    const chat = await seedChat(api);
    await createWin(chat.employee, { title: 'Shared for my manager only', date: '2026-02-20', sharedInOneOnOne: true });
    const others = Array.from({ length: 9 }, (_unused, n) => ({ objectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Colleague ${n}` }));
    await api.services.rosters.addMembers(chat.chatId, others);
    const view = await space(chat);
    expect(view.body.sharedItemsAvailable).toBe(false);
    expect(JSON.stringify(view.body)).not.toContain('Shared for my manager only');
    expect((view.body.members as unknown[]).length).toBe(11);
  });
});

describe('shared commitments and wins', () => {
  it('overdue commitments stand out and come first; the viewer’s date decides', async () => {
    const chat = await seedChat(api);
    await seedCommitment(api, chat.employee, { title: 'Later', dueDate: '2026-03-20', sharedInOneOnOne: true });
    await seedCommitment(api, chat.employee, { title: 'Late', dueDate: '2026-03-01', sharedInOneOnOne: true });
    await seedCommitment(api, chat.employee, { title: 'Finished', dueDate: '2026-02-01', status: 'done', doneOn: '2026-02-03', sharedInOneOnOne: true });
    await seedCommitment(api, chat.employee, { title: 'Someday', sharedInOneOnOne: true });
    const view = sharedCommitments(await space(chat, 'manager', '?today=2026-03-02'));
    expect(view.map((commitment) => [commitment.title, commitment.status, commitment.overdue])).toEqual([
      ['Late', 'open', true],
      ['Later', 'open', false],
      ['Someday', 'open', false],
      ['Finished', 'done', false],
    ]);
    const earlier = sharedCommitments(await space(chat, 'manager', '?today=2026-02-28'));
    expect(earlier.find((commitment) => commitment.title === 'Late')?.overdue).toBe(false);
  });

  it('a bad date in the query is a 400 for members only', async () => {
    const chat = await seedChat(api);
    expect((await chat.manager.request('GET', `${chat.base}/space?today=2026-02-30`)).status).toBe(400);
    expect((await chat.outsider.request('GET', `${chat.base}/space?today=2026-02-30`)).status).toBe(403);
  });

  it('the manager comments on a shared commitment and both see it; its owner alone changes its status', async () => {
    const chat = await seedChat(api);
    const id = await seedCommitment(api, chat.employee, { title: 'Migrate the search cluster', dueDate: '2026-03-10', sharedInOneOnOne: true });
    const comment = await chat.manager.request('POST', `${chat.base}/comments`, {
      body: { commitmentId: id, ownerObjectId: chat.employee.objectId.toUpperCase(), text: 'Can we pull this in a week?' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ text: 'Can we pull this in a week?', author: { objectId: chat.manager.objectId, name: chat.manager.name } });
    await chat.employee.request('POST', `${chat.base}/comments`, { body: { commitmentId: id, ownerObjectId: chat.employee.objectId, text: 'Yes, if I drop the audit.' } });
    for (const as of ['employee', 'manager'] as const) {
      const [commitment] = sharedCommitments(await space(chat, as));
      expect((commitment?.comments as { text: string }[]).map((c) => c.text)).toEqual(['Can we pull this in a week?', 'Yes, if I drop the audit.']);
    }
    // Status lives in the owner's own partition; the shared space has no route that writes it.
    await changeCommitment(chat.employee, id, { status: 'done', doneOn: '2026-03-05' });
    expect(sharedCommitments(await space(chat))[0]).toMatchObject({ status: 'done', doneOn: '2026-03-05', overdue: false });
  });

  it('comments on anything not shared in this chat are 404, and nothing is written', async () => {
    const chat = await seedChat(api);
    const hidden = await seedCommitment(api, chat.employee, { title: 'Not shared' });
    const outsiders = await seedCommitment(api, chat.outsider, { title: 'Shared elsewhere', sharedInOneOnOne: true });
    const before = await rowsInChat(chat.chatId);
    for (const body of [
      { commitmentId: hidden, ownerObjectId: chat.employee.objectId, text: 'Peek' },
      { commitmentId: outsiders, ownerObjectId: chat.outsider.objectId, text: 'Peek' },
      { commitmentId: hidden, ownerObjectId: chat.manager.objectId, text: 'Peek' },
      { commitmentId: '01J00000000000000000000000', ownerObjectId: chat.employee.objectId, text: 'Peek' },
    ]) {
      const response = await chat.manager.request('POST', `${chat.base}/comments`, { body });
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('Not shared');
    }
    expect(await rowsInChat(chat.chatId)).toEqual(before);
  });

  it('shows the wins since the last 1:1, including ones written up after it', async () => {
    const chat = await seedChat(api);
    await createWin(chat.employee, { title: 'Before the 1:1', date: '2026-02-20', sharedInOneOnOne: true });
    const version = agendaOf(await space(chat)).version;
    const closed = await chat.employee.request('POST', `${chat.base}/close`, { body: { agendaVersion: version, date: '2026-03-02' }, headers: { 'Idempotency-Key': randomUUID() } });
    expect(closed.status).toBe(201);
    expect(sharedWinTitles(await space(chat))).toEqual([]);
    await createWin(chat.employee, { title: 'After the 1:1', date: '2026-03-04', sharedInOneOnOne: true });
    await createWin(chat.employee, { title: 'Written up late', date: '2026-02-25', sharedInOneOnOne: true });
    expect(sharedWinTitles(await space(chat))).toEqual(['After the 1:1', 'Written up late']);
  });
});
