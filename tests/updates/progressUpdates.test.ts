import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../api/src/app/services';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { appAddedToChat, oneOnOneChat, postActivity, type TeamsChat } from '../../api/src/hosts/teams/teamsActivities';
import { personalPartition } from '../../api/src/domain/identity';
import { clientFor, startTestApi, type Client } from '../support/apiHarness';
import { sampleHeadsUp } from '../support/headsUps';
import { rowsInPartition } from '../oneOnOne/chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

interface Pair {
  readonly chat: TeamsChat;
  readonly employee: Client;
  readonly manager: Client;
  readonly employeeName: string;
}

/** A 1:1 chat the bot was added to the way Teams does it, with roles set. */
async function pair(): Promise<Pair> {
  const suffix = randomUUID().slice(0, 8);
  const employeeName = `emp-${suffix}`;
  const managerName = `mgr-${suffix}`;
  const employee = { name: employeeName, objectId: devUserObjectId(employeeName), tenantId: LOCAL_TENANT_ID };
  const manager = { name: managerName, objectId: devUserObjectId(managerName), tenantId: LOCAL_TENANT_ID };
  const chat = oneOnOneChat(employee, manager);
  for (const activity of appAddedToChat(chat, employee, [manager])) expect((await postActivity(api.baseUrl, activity)).status).toBe(200);
  const [employeeClient, managerClient] = await Promise.all([clientFor(api, employeeName), clientFor(api, managerName)]);
  const roles = await employeeClient.request('PUT', `/chats/${encodeURIComponent(chat.id)}/settings`, { body: { roles: { employee: employee.objectId, manager: manager.objectId } } });
  expect(roles.status).toBe(200);
  return { chat, employee: employeeClient, manager: managerClient, employeeName };
}

async function create(client: Client, path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await client.request('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

type Line = { id: string; section: string; text: string; included: boolean };
type Draft = { since: string | null; style: { format: string; order: string }; styleFromProfile: boolean; managerName: string | null; title: string; lines: Line[] };

async function draft(client: Client, query: string): Promise<Draft> {
  const response = await client.request('GET', `/me/updates/draft?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as unknown as Draft;
}

const cardsIn = (chat: TeamsChat, text: string) => api.connector.received.filter((call) => call.method === 'POST' && call.conversationId === chat.id && JSON.stringify(call.activity).includes(text));
const rowsOf = async (name: string) => rowsInPartition(TABLES.personal, personalPartition({ tenantId: LOCAL_TENANT_ID, objectId: devUserObjectId(name) }));

describe('progress updates', () => {
  it('drafts from what changed, in the manager profile format; private items are only offered', async () => {
    const { chat, employee } = await pair();
    const profile = await create(employee, '/me/managers', { name: 'Morgan' });
    await create(employee, '/me/insights', { profileId: profile.id, field: 'format', choice: 'detail', text: 'Detail, please', notedOn: '2026-11-20' });
    await create(employee, '/me/insights', { profileId: profile.id, field: 'order', choice: 'storyFirst', text: 'Story, then numbers', notedOn: '2026-11-20' });
    await create(employee, '/me/insights', { profileId: profile.id, field: 'pressures', text: 'SECRET-PRESSURE board review', notedOn: '2026-11-20' });
    await create(employee, '/me/wins', { title: 'Shipped the beta', impact: 'Two weeks early', date: '2026-12-02', sharedInOneOnOne: true });
    await create(employee, '/me/wins', { title: 'SECRET-WIN private', impact: '', date: '2026-12-02', sharedInOneOnOne: false });
    await create(employee, '/me/commitments', { title: 'Send the roadmap', details: '', toWhom: 'Morgan', dueDate: '2026-12-04', sharedInOneOnOne: true });
    await create(employee, `/chats/${encodeURIComponent(chat.id)}/heads-ups`, sampleHeadsUp());

    const body = await draft(employee, `today=2026-12-03&chatId=${encodeURIComponent(chat.id)}`);
    expect(body).toMatchObject({ since: null, style: { format: 'detail', order: 'storyFirst' }, styleFromProfile: true, managerName: 'Morgan', title: 'My update for Morgan' });
    const included = body.lines.filter((line) => line.included).map((line) => line.text);
    expect(included).toContain('Shipped the beta: Two weeks early');
    expect(included).toContain('Send the roadmap (to Morgan): due Dec 4');
    expect(included.some((text) => text.startsWith('Waiting for your decision: '))).toBe(true);
    expect(body.lines.find((line) => line.text.includes('SECRET-WIN'))?.included).toBe(false);
    expect(JSON.stringify(body)).not.toContain('SECRET-PRESSURE');
    // Story first: wins lead.
    expect(body.lines[0]?.section).toBe('wins');
    // The employee can switch before sending.
    expect((await draft(employee, 'today=2026-12-03&format=bullets&order=numbersFirst')).lines[0]?.section).toBe('numbers');
  });

  it('sends into the 1:1 chat as a card once, however often it is retried, and the next draft starts after it', async () => {
    const { chat, employee, manager } = await pair();
    await create(employee, '/me/wins', { title: 'Closed the Q3 review', impact: '', date: '2026-12-02', sharedInOneOnOne: true });
    const body = { to: { kind: 'chat', chatId: chat.id }, title: 'My update', style: { format: 'bullets', order: 'numbersFirst' }, lines: [{ section: 'wins', text: 'Closed the Q3 review, edited' }], today: '2026-12-03' };
    const key = randomUUID();
    const [first, second] = await Promise.all([0, 1].map(() => employee.request('POST', '/me/updates', { body, headers: { 'Idempotency-Key': key } })));
    expect([first?.status, second?.status]).toEqual([201, 201]);
    expect(first?.body.id).toBe(second?.body.id);
    const cards = cardsIn(chat, 'Closed the Q3 review, edited');
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0]?.activity)).toContain('Open our 1:1');
    const list = await employee.request('GET', '/me/updates?today=2026-12-03');
    expect(list.body).toMatchObject({ updates: [{ title: 'My update', sentOn: '2026-12-03', posted: true, to: { kind: 'chat', chatId: chat.id } }] });
    // The next draft covers only what came after the update.
    const next = await draft(employee, 'today=2026-12-05');
    expect(next.since).toBe('2026-12-03');
    expect(next.lines.map((line) => line.text)).not.toContain('Closed the Q3 review');
    // The manager has no updates of their own and cannot list the employee's.
    expect((await manager.request('GET', '/me/updates')).body).toMatchObject({ updates: [] });
  });

  it('keeps the update when the Bot Connector stays down, marked not posted', async () => {
    const { chat, employee } = await pair();
    api.connector.failNext(502, 20);
    try {
      const response = await employee.request('POST', '/me/updates', {
        body: { to: { kind: 'chat', chatId: chat.id }, title: 'Down day', style: { format: 'bullets', order: 'numbersFirst' }, lines: [{ section: 'done', text: 'Kept anyway' }] },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ posted: false });
    } finally {
      api.connector.clearFailures();
    }
    expect(cardsIn(chat, 'Kept anyway')).toHaveLength(0);
  });

  it('records an update copied for an email, with the cadence figure from the profile', async () => {
    const { employee } = await pair();
    const profile = await create(employee, '/me/managers', { name: 'Robin' });
    await create(employee, '/me/insights', { profileId: profile.id, field: 'cadence', choice: 'weekly', text: 'Every Friday', notedOn: '2026-11-01' });
    await create(employee, '/me/updates', { to: { kind: 'copied', as: 'markdown' }, title: 'Week 48', style: { format: 'bullets', order: 'numbersFirst' }, lines: [{ section: 'done', text: 'Done a thing' }], today: '2026-11-27' });
    const view = (await employee.request('GET', '/me/updates?today=2026-12-03')).body;
    expect(view).toMatchObject({ managerName: 'Robin', cadence: { cadence: 'weekly', weekday: 5, nextDue: '2026-12-04', overdue: false, onTime: 1, periods: [{ start: '2026-11-23', onTime: true }] } });
  });

  it('refuses bad input with a clear 400 and stores nothing; only members can send to a chat or read its heads-ups', async () => {
    const { chat, employee, employeeName } = await pair();
    const before = (await rowsOf(employeeName)).length;
    const good = { to: { kind: 'copied', as: 'text' }, title: 'Fine', style: { format: 'bullets', order: 'numbersFirst' }, lines: [{ section: 'done', text: 'ok' }] };
    const bad = [
      { ...good, lines: [] },
      { ...good, lines: [{ section: 'done', text: '   ' }] },
      { ...good, lines: [{ section: 'nonsense', text: 'x' }] },
      { ...good, title: '<script>'.repeat(40) },
      { ...good, style: { format: 'loud', order: 'numbersFirst' } },
      { ...good, today: '2999-01-01' },
      { ...good, extra: true },
    ];
    for (const body of bad) {
      const response = await employee.request('POST', '/me/updates', { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/issues|message/);
    }
    expect((await employee.request('GET', '/me/updates/draft?format=loud')).status).toBe(400);
    expect((await rowsOf(employeeName)).length).toBe(before);

    const outsider = await clientFor(api, `out-${randomUUID().slice(0, 8)}`);
    expect((await outsider.request('GET', `/me/updates/draft?chatId=${encodeURIComponent(chat.id)}`)).status).toBe(403);
    expect((await outsider.request('POST', '/me/updates', { body: { ...good, to: { kind: 'chat', chatId: chat.id } } })).status).toBe(403);
    expect(cardsIn(chat, 'ok')).toHaveLength(0);
    expect((await employee.request('GET', '/me/updates')).status).toBe(200);
  });
});
