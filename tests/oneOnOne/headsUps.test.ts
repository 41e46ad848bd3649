import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../api/src/app/services';
import { LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { cardActionInvoke, postActivity, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { chatPartition } from '../../api/src/store/rosterStore';
import { startTestApi } from '../support/apiHarness';
import { sampleHeadsUp } from '../support/headsUps';
import { rowsInChat, rowsInPartition } from './chatFixture';
import { headsUpChat, postsNaming, type HeadsUpChat, type Member } from './headsUpChat';
import { personalPartition } from '../../api/src/domain/identity';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

/** A 1:1 chat the app was added to the way Teams does it (so the bot holds its conversation reference), roles set. */
const installedChat = () => headsUpChat(api);

const headsUp = sampleHeadsUp();

async function raise(chat: HeadsUpChat, body: Record<string, unknown> = headsUp): Promise<Record<string, unknown>> {
  const response = await chat.employee.client.request('POST', `${chat.base}/heads-ups`, { body });
  expect(response.status).toBe(201);
  return response.body;
}

/** The card the bot posted in the chat for this heads-up, and its activity id. */
function postedCard(chat: HeadsUpChat, risk: string): { activityId: string; text: string } {
  const posts = postsNaming(api, chat, risk);
  expect(posts).toHaveLength(1);
  const post = posts[0];
  if (post === undefined) throw new Error('No card was posted.');
  return { activityId: post.activityId, text: JSON.stringify(post.activity) };
}

async function press(chat: HeadsUpChat, who: TeamsUser, verb: string, data: Record<string, unknown>, replyToId: string, id?: string) {
  const response = await postActivity(api.baseUrl, cardActionInvoke(chat.chat, who, { verb, data, replyToId }, id));
  expect(response.status).toBe(200);
  return response.body as { statusCode: number; type: string; value: Record<string, unknown> };
}

async function listed(chat: HeadsUpChat, as: Member): Promise<Record<string, unknown>[]> {
  const space = await as.client.request('GET', `${chat.base}/space?today=2026-12-01`);
  expect(space.status).toBe(200);
  return space.body.headsUps as Record<string, unknown>[];
}

describe('raising a heads-up', () => {
  it('the employee raises it: both see it at the top of the space, and the bot posts its card in the chat', async () => {
    const chat = await installedChat();
    const raised = await raise(chat);
    expect(raised).toMatchObject({ risk: headsUp.risk, decision: null, cardPosted: true, raisedBy: { objectId: chat.employee.objectId, name: chat.employee.name } });
    for (const who of [chat.employee, chat.manager]) {
      expect(await listed(chat, who)).toMatchObject([{ id: raised.id, decideBy: '2026-12-10', overdue: false, decision: null }]);
    }
    const late = await chat.manager.client.request('GET', `${chat.base}/space?today=2026-12-11`);
    expect((late.body.headsUps as Record<string, unknown>[])[0]).toMatchObject({ overdue: true });

    const card = postedCard(chat, headsUp.risk);
    expect(card.text).toContain('application/vnd.microsoft.card.adaptive');
    expect(card.text).toContain('"verb":"headsUp.decide"');
    expect(card.text).toContain(`8:orgid:${chat.manager.objectId}`);
    expect(card.text).toContain('Decision needed by Dec 10');
  });

  it('bad input is a 400 naming each field, and nothing is stored', async () => {
    const chat = await installedChat();
    const before = await rowsInChat(chat.chat.id);
    const bad = await chat.employee.client.request('POST', `${chat.base}/heads-ups`, { body: { ...headsUp, options: [headsUp.options[0]], recommended: 0, decideBy: '10 Dec' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const fields = [...new Set((bad.body.errors as { path: string }[]).map((error) => error.path))].sort();
    expect(fields).toEqual(['decideBy', 'options']);
    const wrongPick = await chat.employee.client.request('POST', `${chat.base}/heads-ups`, { body: { ...headsUp, recommended: 5 } });
    expect(wrongPick.status).toBe(400);
    expect(await rowsInChat(chat.chat.id)).toEqual(before);
  });

  it('only the employee raises one; outsiders get 403 and learn nothing', async () => {
    const chat = await installedChat();
    expect((await chat.manager.client.request('POST', `${chat.base}/heads-ups`, { body: headsUp })).status).toBe(403);
    const outsider = await chat.outsider.client.request('POST', `${chat.base}/heads-ups`, { body: headsUp });
    expect(outsider.status).toBe(403);
    expect((await chat.outsider.client.request('GET', `${chat.base}/space`)).status).toBe(403);
  });

  it('a retry with the same Idempotency-Key makes one heads-up and one card', async () => {
    const chat = await installedChat();
    const key = randomUUID();
    const body = { ...headsUp, risk: `Retried ${key.slice(0, 6)}` };
    const [first, second] = await Promise.all([0, 1].map(() => chat.employee.client.request('POST', `${chat.base}/heads-ups`, { body, headers: { 'Idempotency-Key': key } })));
    expect(first?.body.id).toBe(second?.body.id);
    expect(await listed(chat, chat.manager)).toHaveLength(1);
    postedCard(chat, body.risk);
  });
});

describe('deciding on the card (adaptiveCard/action)', () => {
  it("the manager's pick answers with the decided card; a retried invoke and a stale card record nothing more; the commitment is made once", async () => {
    const chat = await installedChat();
    const raised = await raise(chat);
    const { activityId } = postedCard(chat, headsUp.risk);
    const data = { headsUpId: raised.id, option: 1, createCommitment: 'true' };
    const invokeId = `f:${randomUUID()}`;
    const answer = await press(chat, chat.manager, 'headsUp.decide', data, activityId, invokeId);
    expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(answer.value)).toContain(`Decided: Launch without the integration, by ${chat.manager.name}`);
    expect(answer.value.actions).toEqual([]);

    const [decided] = await listed(chat, chat.employee);
    expect(decided).toMatchObject({ decision: { choice: 'option', option: 1, by: { objectId: chat.manager.objectId }, commitmentId: expect.any(String) } });

    // Teams retries the same press; then a stale card (the other button) is pressed.
    const retried = await press(chat, chat.manager, 'headsUp.decide', data, activityId, invokeId);
    const stale = await press(chat, chat.manager, 'headsUp.talk', { headsUpId: raised.id }, activityId);
    for (const reply of [retried, stale]) expect(JSON.stringify(reply.value)).toContain('Decided: Launch without the integration');
    const [after] = await listed(chat, chat.employee);
    expect(after?.etag).toBe(decided?.etag);

    const commitments = (await chat.employee.client.request('GET', '/me/commitments')).body.items ?? [];
    const carried = commitments.filter((item) => item.title === 'Launch without the integration');
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({ sharedInOneOnOne: true, dueDate: headsUp.byWhen, toWhom: chat.manager.name });
  });

  it('a non-member is refused, the employee gets the card saying who decides, and neither decides', async () => {
    const chat = await installedChat();
    const raised = await raise(chat);
    const { activityId } = postedCard(chat, headsUp.risk);
    const outsider = await press(chat, chat.outsider, 'headsUp.decide', { headsUpId: raised.id, option: 0 }, activityId);
    expect(JSON.stringify(outsider.value)).toContain('Only members of this chat');
    expect(JSON.stringify(outsider.value)).not.toContain(headsUp.risk);
    const employee = await press(chat, chat.employee, 'headsUp.decide', { headsUpId: raised.id, option: 0 }, activityId);
    // The roster has no name for the manager until they open the tab (Teams names only the installer).
    expect(JSON.stringify(employee.value)).toContain('Only the manager decides');
    expect(JSON.stringify(employee.value)).toContain(headsUp.risk);
    expect(await listed(chat, chat.manager)).toMatchObject([{ decision: null }]);
    const unreadable = await press(chat, chat.manager, 'headsUp.decide', { headsUpId: raised.id, option: 'first' }, activityId);
    expect(JSON.stringify(unreadable.value)).toContain('could not read');
    expect(await listed(chat, chat.manager)).toMatchObject([{ decision: null }]);
  });

  it('concurrent decisions from two cards and the tab resolve to one', async () => {
    const chat = await installedChat();
    const raised = await raise(chat);
    const { activityId } = postedCard(chat, headsUp.risk);
    const id = String(raised.id);
    const [zero, one, tab] = await Promise.all([
      press(chat, chat.manager, 'headsUp.decide', { headsUpId: id, option: 0, createCommitment: 'true' }, activityId),
      press(chat, chat.manager, 'headsUp.decide', { headsUpId: id, option: 1, createCommitment: 'true' }, activityId),
      chat.manager.client.request('POST', `${chat.base}/heads-ups/${id}/decision`, { body: { choice: 'talk' } }),
    ]);
    const [stored] = await listed(chat, chat.manager);
    const decision = stored?.decision as { choice: string; option?: number };
    const expected = decision.choice === 'talk' ? 'Talk it through' : headsUp.options[decision.option ?? 0]?.title ?? '';
    for (const reply of [zero, one]) expect(JSON.stringify(reply.value)).toContain(`Decided: ${expected}`);
    expect([200, 409]).toContain(tab.status);
    const partition = personalPartition({ tenantId: LOCAL_TENANT_ID, objectId: chat.employee.objectId });
    const commitmentRows = (await rowsInPartition(TABLES.personal, partition)).filter((row) => row.startsWith('commitment_'));
    expect(commitmentRows).toHaveLength(decision.choice === 'talk' ? 0 : 1);
  });

  it('the refresh shows each member the card as it stands', async () => {
    const chat = await installedChat();
    const raised = await raise(chat);
    const { activityId } = postedCard(chat, headsUp.risk);
    await chat.manager.client.request('POST', `${chat.base}/heads-ups/${String(raised.id)}/decision`, { body: { choice: 'talk' } });
    const refreshed = await press(chat, chat.employee, 'headsUp.refresh', { headsUpId: raised.id }, activityId);
    expect(JSON.stringify(refreshed.value)).toContain(`Decided: Talk it through, by ${chat.manager.name}`);
  });
});

describe('deciding in the tab', () => {
  it('the manager decides once, the posted card is updated in place, and the next record files the decision', async () => {
    const chat = await installedChat();
    const raised = await raise(chat);
    const { activityId } = postedCard(chat, headsUp.risk);
    const path = `${chat.base}/heads-ups/${String(raised.id)}/decision`;
    expect((await chat.employee.client.request('POST', path, { body: { choice: 'option', option: 0 } })).status).toBe(403);
    const bad = await chat.manager.client.request('POST', path, { body: { choice: 'option', option: 7 } });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { path: string }[])[0]?.path).toBe('option');

    const decided = await chat.manager.client.request('POST', path, { body: { choice: 'option', option: 0 } });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ decision: { choice: 'option', option: 0, createCommitment: false } });
    const updates = api.connector.received.filter((call) => call.method === 'PUT' && call.activityId === activityId);
    expect(updates).toHaveLength(1);
    expect(JSON.stringify(updates[0]?.activity)).toContain('Decided: Delay launch one week');
    const again = await chat.manager.client.request('POST', path, { body: { choice: 'talk' } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_decided');

    const space = await chat.employee.client.request('GET', `${chat.base}/space`);
    const version = (space.body.agenda as { version: string }).version;
    const closed = await chat.employee.client.request('POST', `${chat.base}/close`, { body: { agendaVersion: version }, headers: { 'Idempotency-Key': randomUUID() } });
    expect(closed.status).toBe(201);
    const record = closed.body.record as { shared: { headsUps: unknown[] } };
    expect(record.shared.headsUps).toEqual([
      { risk: headsUp.risk, decideBy: headsUp.decideBy, raisedBy: chat.employee.name, decision: 'Delay launch one week', decidedBy: chat.manager.name, decidedAt: expect.any(String) },
    ]);
    // Filed: a decision made before the close no longer heads the next agenda.
    expect(await listed(chat, chat.manager)).toEqual([]);
    expect(chatPartition(chat.chat.id)).toBeTruthy();
  });
});

describe('a connector that refuses', () => {
  it('the heads-up is stored and listed without a card, soon, and nothing fails', async () => {
    const chat = await installedChat();
    api.connector.failNext(502, 40);
    const started = Date.now();
    const raised = await raise(chat, { ...headsUp, risk: 'Raised while Teams is down' });
    api.connector.clearFailures();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(raised.cardPosted).toBe(false);
    expect(await listed(chat, chat.manager)).toMatchObject([{ id: raised.id, decision: null, cardPosted: false }]);
    expect(api.connector.received.some((call) => JSON.stringify(call.activity).includes('Raised while Teams is down'))).toBe(false);
  }, 30_000);
});
