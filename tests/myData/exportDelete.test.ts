import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE_ALL_CONFIRMATION, exportSchema } from '../../api/src/domain/export';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { addItem, rowsInChat, rowsOfPerson, seedChat, setRoles, type ChatFixture } from '../oneOnOne/chatFixture';
import { startTestApi, type Client, type ClientResponse } from '../support/apiHarness';
import { sampleHeadsUp } from '../support/headsUps';
import { KIND } from '../../api/src/domain/kinds';
import { chatPartition } from '../../api/src/store/rosterStore';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const CONFIRM = { [DELETE_ALL_CONFIRMATION.header]: DELETE_ALL_CONFIRMATION.value };

async function ok(response: Promise<ClientResponse>): Promise<Record<string, unknown>> {
  const answered = await response;
  expect(answered.status, JSON.stringify(answered.body)).toBeLessThan(300);
  return answered.body;
}

interface Seeded extends ChatFixture {
  readonly secret: string;
  readonly goal: Record<string, unknown>;
  readonly profile: Record<string, unknown>;
  readonly insight: Record<string, unknown>;
  readonly priority: Record<string, unknown>;
  /** The Idempotency-Key the goal was created with. */
  readonly goalKey: string;
}

/**
 * An employee with a goal, a manager profile with an insight and a priority, and what their
 * manager left them in the 1:1 (help on the goal, an action); agenda points in the chat;
 * and the manager and an outsider with items of their own, each marked with `secret`.
 */
async function seed(): Promise<Seeded> {
  const chat = await seedChat(api);
  await setRoles(chat);
  const { employee, manager, outsider, base } = chat;
  const secret = `NOTMINE${randomUUID().slice(0, 6)}`;
  const goalKey = randomUUID();
  const profile = await ok(employee.request('POST', '/me/managers', { body: { name: 'Morgan', since: '2026-01-05' } }));
  const insight = await ok(employee.request('POST', '/me/insights', { body: { profileId: profile.id, field: 'annoyances', text: 'Hates surprises', notedOn: '2026-11-02' } }));
  const priority = await ok(employee.request('POST', '/me/priorities', { body: { profileId: profile.id, title: 'Survive the reorg', position: 1, notedOn: '2026-11-02' } }));
  const goal = await ok(
    employee.request('POST', '/me/goals', { body: { title: 'Lead the platform team', horizon: '1y', sharedInOneOnOne: true, supportsPriorityId: priority.id }, headers: { 'Idempotency-Key': goalKey } }),
  );
  // The action keeps a copy of the point it came from, in my partition; the other point stays the chat's.
  const question = await addItem(employee, base, { title: 'Who should I meet?' });
  await addItem(employee, base, { title: 'My own agenda point' });
  await addItem(manager, base, { title: `${secret} manager agenda point` });
  await ok(manager.request('PUT', `${base}/goals/${String(goal.id)}/help`, { body: { ownerObjectId: employee.objectId, text: 'I can introduce you to the VP' } }));
  await ok(
    manager.request('POST', `${base}/actions`, {
      body: { agendaItemId: question.id, ownerObjectId: manager.objectId, title: 'Introduce them to the VP', dueDate: '2099-01-05' },
      headers: { 'Idempotency-Key': randomUUID() },
    }),
  );
  await ok(manager.request('POST', '/me/goals', { body: { title: `${secret} manager goal`, horizon: '5y' } }));
  await ok(outsider.request('POST', '/me/managers', { body: { name: `${secret} Boss` } }));
  await ok(outsider.request('POST', '/me/goals', { body: { title: `${secret} outsider goal`, horizon: '1y' } }));
  return { ...chat, secret, goal, profile, insight, priority, goalKey };
}

const withoutVersion = (item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).filter(([field]) => field !== 'etag'));

async function exported(client: Client) {
  const response = await client.request('GET', '/me/export');
  expect(response.status).toBe(200);
  const parsed = exportSchema.safeParse(response.body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return { response, items: exportSchema.parse(response.body).items };
}

describe('GET /api/me/export', () => {
  it('is a file of everything I created and was given in my 1:1, and nothing of anyone else', async () => {
    const seeded = await seed();
    const { response, items } = await exported(seeded.employee);

    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="upward-export-${new Date().toISOString().slice(0, 10)}.json"`);
    expect(response.body.user).toMatchObject({ objectId: seeded.employee.objectId, name: seeded.employee.name });
    expect(items.goals).toEqual([withoutVersion(seeded.goal)]);
    expect(items.managers).toEqual([withoutVersion(seeded.profile)]);
    expect(items.insights).toEqual([withoutVersion(seeded.insight)]);
    expect(items.priorities).toEqual([withoutVersion(seeded.priority)]);
    expect(items.goalHelp.map((help) => help.text)).toEqual(['I can introduce you to the VP']);
    expect(items.askedOfManager.map((action) => [action.title, action.fromItem.title])).toEqual([['Introduce them to the VP', 'Who should I meet?']]);
    expect(items.wins).toEqual([]);
    expect(items.commitments).toEqual([]);

    // What I wrote in our 1:1 is mine too; what the manager wrote there is not.
    expect(response.body.oneOnOnes).toHaveLength(1);
    const [oneOnOne] = exportSchema.parse(response.body).oneOnOnes;
    expect(oneOnOne?.chatId).toBe(seeded.chatId);
    expect(oneOnOne?.agendaItems.map((item) => item.title).sort()).toEqual(['My own agenda point', 'Who should I meet?']);

    const text = JSON.stringify(response.body);
    // Not the manager's or the outsider's items, not their agenda points, no versions or markers.
    expect(text).not.toContain(seeded.secret);
    expect(text).not.toContain('etag');
    expect(text).not.toContain(seeded.goalKey);
  });

  it('asks for sign-in like every /me route', async () => {
    const response = await fetch(`${api.baseUrl}/api/me/export`);
    expect(response.status).toBe(401);
  });
});

describe('DELETE /api/me/data', () => {
  it('without the confirmation header, says which header to send and deletes nothing', async () => {
    const seeded = await seed();
    const before = await rowsOfPerson(seeded.employee);
    const attempts: Record<string, string>[] = [{}, { [DELETE_ALL_CONFIRMATION.header]: 'yes' }];
    for (const headers of attempts) {
      const refused = await seeded.employee.request('DELETE', '/me/data', { headers });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('confirmation_required');
      expect(String(refused.body.detail)).toContain(`${DELETE_ALL_CONFIRMATION.header}: ${DELETE_ALL_CONFIRMATION.value}`);
    }
    expect(await rowsOfPerson(seeded.employee)).toEqual(before);
    expect((await exported(seeded.employee)).items.goals).toHaveLength(1);
  });

  it('with it, deletes all my data and only mine: my screens and my export are empty, the chat and other people keep theirs', async () => {
    const seeded = await seed();
    const { employee, manager, outsider, chatId } = seeded;
    const mineInChat = ((await ok(manager.request('GET', `${seeded.base}/space`))).agenda as { items: { id: string; addedBy: { objectId: string } }[] }).items
      .filter((item) => item.addedBy.objectId === employee.objectId)
      .map((item) => item.id);
    expect(mineInChat).toHaveLength(2);
    const chatBefore = (await rowsInChat(chatId)).filter((row) => !mineInChat.some((id) => row.includes(id)));
    const managerBefore = await rowsOfPerson(manager);
    const outsiderBefore = await rowsOfPerson(outsider);
    expect((await rowsOfPerson(employee)).length).toBeGreaterThan(5);

    expect((await employee.request('DELETE', '/me/data', { headers: CONFIRM })).status).toBe(204);
    expect((await employee.request('DELETE', '/me/data', { headers: CONFIRM })).status).toBe(204);

    const overview = await ok(employee.request('GET', '/me/overview'));
    for (const [list, items] of Object.entries(overview)) expect(items, list).toEqual([]);
    const view = await ok(employee.request('GET', '/me/manager'));
    for (const [list, items] of Object.entries(view)) expect(items, list).toEqual([]);
    const { items, response } = await exported(employee);
    for (const [group, list] of Object.entries(items)) expect(list, group).toEqual([]);
    expect(response.body.oneOnOnes).toEqual([{ chatId, agendaItems: [], recordItems: [], comments: [], headsUps: [] }]);
    expect(await rowsOfPerson(employee)).toEqual([]);

    // My talking points left the chat; every other row of it is as it was.
    expect(await rowsInChat(chatId)).toEqual(chatBefore);
    expect(await rowsOfPerson(manager)).toEqual(managerBefore);
    expect(await rowsOfPerson(outsider)).toEqual(outsiderBefore);
    const space = JSON.stringify(await ok(manager.request('GET', `${seeded.base}/space`)));
    expect(space).toContain(`${seeded.secret} manager agenda point`);
    expect(space).not.toContain('My own agenda point');
  });

  it('takes what I wrote out of our 1:1: heads-ups, comments, and my points in closed records, and leaves the manager\'s entries', async () => {
    const seeded = await seed();
    const { employee, manager, base, chatId } = seeded;
    const commitment = await ok(employee.request('POST', '/me/commitments', { body: { title: 'Ship the report', sharedInOneOnOne: true } }));
    await ok(employee.request('POST', `${base}/heads-ups`, { body: sampleHeadsUp(), headers: { 'Idempotency-Key': randomUUID() } }));
    await ok(employee.request('POST', `${base}/comments`, { body: { commitmentId: commitment.id, ownerObjectId: employee.objectId, text: 'My own comment' }, headers: { 'Idempotency-Key': randomUUID() } }));
    await ok(manager.request('POST', `${base}/comments`, { body: { commitmentId: commitment.id, ownerObjectId: employee.objectId, text: `${seeded.secret} manager comment` }, headers: { 'Idempotency-Key': randomUUID() } }));
    const agendaVersion = String(((await ok(employee.request('GET', `${base}/space`))).agenda as { version: string }).version);
    const closed = await ok(employee.request('POST', `${base}/close`, { body: { agendaVersion }, headers: { 'Idempotency-Key': randomUUID() } }));
    const recordId = String((closed.record as { id: string }).id);
    await addItem(employee, base, { title: 'Point for next time' });

    const [before] = (await exported(employee)).response.body.oneOnOnes as { agendaItems: { title: string }[]; recordItems: { title: string; recordId: string }[]; comments: { text: string }[]; headsUps: { risk: string }[] }[];
    // Undiscussed points carry over to the next agenda, and are in the record too.
    expect(before?.agendaItems.map((item) => item.title).sort()).toEqual(['My own agenda point', 'Point for next time', 'Who should I meet?']);
    expect(before?.recordItems.map((item) => [item.title, item.recordId]).sort()).toEqual([
      ['My own agenda point', recordId],
      ['Who should I meet?', recordId],
    ]);
    expect(before?.comments.map((comment) => comment.text)).toEqual(['My own comment']);
    expect(before?.headsUps.map((headsUp) => headsUp.risk)).toEqual([sampleHeadsUp().risk]);
    expect(JSON.stringify(before)).not.toContain(seeded.secret);

    expect((await employee.request('DELETE', '/me/data', { headers: CONFIRM })).status).toBe(204);

    const record = await ok(manager.request('GET', `${base}/records/${recordId}`));
    expect((record.items as { title: string }[]).map((item) => item.title)).toEqual([`${seeded.secret} manager agenda point`]);
    const space = JSON.stringify(await ok(manager.request('GET', `${base}/space`)));
    for (const mine of ['Point for next time', 'My own comment', sampleHeadsUp().risk, 'Ship the report']) expect(space, mine).not.toContain(mine);
    // The manager's comment stays the chat's, though the commitment it was on is gone with my data.
    const comments = (await api.services.shared.listKinds(chatPartition(chatId), [KIND.comment])).get(KIND.comment) ?? [];
    expect(comments.map((row) => (row.data as { text: string }).text)).toEqual([`${seeded.secret} manager comment`]);
    expect((await exported(employee)).response.body.oneOnOnes).toEqual([{ chatId, agendaItems: [], recordItems: [], comments: [], headsUps: [] }]);
  });

  it('a create retried after the delete makes a new item rather than answering with the deleted one', async () => {
    const seeded = await seed();
    await ok(seeded.employee.request('DELETE', '/me/data', { headers: CONFIRM }));
    const retried = await seeded.employee.request('POST', '/me/goals', { body: { title: 'Lead the platform team', horizon: '1y' }, headers: { 'Idempotency-Key': seeded.goalKey } });
    expect(retried.status).toBe(201);
    expect(retried.body.id).not.toBe(seeded.goal.id);
    expect((await exported(seeded.employee)).items.goals.map((goal) => goal.id)).toEqual([retried.body.id]);
  });
});
