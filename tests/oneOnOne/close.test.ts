import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi, type ClientResponse } from '../support/apiHarness';
import { addItem, agendaOf, rowsInChat, seedChat, titles, type ChatFixture } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

/** An agenda of three: one discussed with an outcome, two still open. */
async function meetingWithThreeItems(chat: ChatFixture) {
  const budget = await addItem(chat.employee, chat.base, { title: 'Training budget', notes: 'Course in May' });
  await addItem(chat.manager, chat.base, { title: 'Reorg rumours' });
  await addItem(chat.employee, chat.base, { questionId: 'recent-work' });
  const discussed = await chat.manager.request('PUT', `${chat.base}/agenda/${String(budget.id)}`, {
    body: { title: 'Training budget', notes: 'Course in May', discussed: true, outcome: 'Approved, book it.' },
    headers: { 'If-Match': String(budget.etag) },
  });
  expect(discussed.status).toBe(200);
}

async function version(chat: ChatFixture): Promise<string> {
  return agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).version;
}

function close(chat: ChatFixture, agendaVersion: string, key: string, date = '2026-03-02'): Promise<ClientResponse> {
  return chat.employee.request('POST', `${chat.base}/close`, { body: { agendaVersion, date }, headers: { 'Idempotency-Key': key } });
}

async function recordCount(chat: ChatFixture): Promise<number> {
  return ((await chat.manager.request('GET', `${chat.base}/records`)).body.items ?? []).length;
}

describe('closing a 1:1', () => {
  it('makes a dated record; open items carry over, marked; discussed ones leave the agenda', async () => {
    const chat = await seedChat(api);
    await meetingWithThreeItems(chat);
    const closed = await close(chat, await version(chat), randomUUID());
    expect(closed.status).toBe(201);
    const record = closed.body.record as { id: string; date: string; items: Record<string, unknown>[]; closedBy: unknown };
    expect(record.date).toBe('2026-03-02');
    expect(record.closedBy).toEqual({ objectId: chat.employee.objectId, name: chat.employee.name });
    expect(record.items.map((item) => [item.title, item.discussed, item.outcome])).toEqual([
      ['Training budget', true, 'Approved, book it.'],
      ['Reorg rumours', false, ''],
      [expect.stringContaining('recent piece of my work'), false, ''],
    ]);

    const space = await chat.manager.request('GET', `${chat.base}/space`);
    const agenda = agendaOf(space).items;
    expect(titles(agenda)).toEqual(['Reorg rumours', expect.stringContaining('recent piece of my work')]);
    expect(agenda.map((item) => item.carriedOver)).toEqual([
      { times: 1, from: '2026-03-02' },
      { times: 1, from: '2026-03-02' },
    ]);
    expect(space.body.lastOneOnOne).toMatchObject({ recordId: record.id, date: '2026-03-02' });
    expect(space.body.recentRecords).toEqual([expect.objectContaining({ id: record.id, itemCount: 3, discussedCount: 1, carriedOverCount: 2 })]);

    // The discussed item lives on in the record only.
    expect((await rowsInChat(chat.chatId)).filter((row) => row.startsWith('agenda_'))).toHaveLength(2);

    const read = await chat.manager.request('GET', `${chat.base}/records/${record.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(record);
  });

  it('closing twice with the same key gives one record and one carried-over copy of each open item', async () => {
    const chat = await seedChat(api);
    await meetingWithThreeItems(chat);
    const seen = await version(chat);
    const key = randomUUID();
    const [first, second] = await Promise.all([close(chat, seen, key), close(chat, seen, key)]);
    const retry = await close(chat, seen, key);
    expect([first.status, second.status, retry.status]).toEqual([201, 201, 201]);
    const ids = [first, second, retry].map((response) => (response.body.record as { id: string }).id);
    expect(new Set(ids).size).toBe(1);
    expect(await recordCount(chat)).toBe(1);
    const agenda = agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).items;
    expect(titles(agenda)).toEqual(['Reorg rumours', expect.stringContaining('recent piece of my work')]);
    expect(agenda.every((item) => (item.carriedOver as { times: number }).times === 1)).toBe(true);
  });

  it('the other person closing the same meeting from a page that has not caught up gets 412, not a second record', async () => {
    const chat = await seedChat(api);
    await meetingWithThreeItems(chat);
    const seen = await version(chat);
    expect((await close(chat, seen, randomUUID())).status).toBe(201);
    const late = await chat.manager.request('POST', `${chat.base}/close`, { body: { agendaVersion: seen }, headers: { 'Idempotency-Key': randomUUID() } });
    expect(late.status).toBe(412);
    expect(titles((late.body.current as { items: Record<string, unknown>[] }).items)).toEqual(['Reorg rumours', expect.stringContaining('recent piece of my work')]);
    expect(await recordCount(chat)).toBe(1);
  });

  it('two people closing at the same moment make exactly one record', async () => {
    const chat = await seedChat(api);
    await meetingWithThreeItems(chat);
    const seen = await version(chat);
    const answers = await Promise.all([
      chat.employee.request('POST', `${chat.base}/close`, { body: { agendaVersion: seen }, headers: { 'Idempotency-Key': randomUUID() } }),
      chat.manager.request('POST', `${chat.base}/close`, { body: { agendaVersion: seen }, headers: { 'Idempotency-Key': randomUUID() } }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 412]);
    expect(await recordCount(chat)).toBe(1);
    expect(agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).items).toHaveLength(2);
  });

  it('an edit made after the closer loaded the page is not lost: the close is refused and nothing is written', async () => {
    const chat = await seedChat(api);
    const item = await addItem(chat.employee, chat.base, { title: 'Pay review' });
    const seen = await version(chat);
    await chat.manager.request('PUT', `${chat.base}/agenda/${String(item.id)}`, { body: { title: 'Pay review', discussed: true, outcome: 'In April' }, headers: { 'If-Match': String(item.etag) } });
    const before = await rowsInChat(chat.chatId);
    const refused = await close(chat, seen, randomUUID());
    expect(refused.status).toBe(412);
    expect(await rowsInChat(chat.chatId)).toEqual(before);
    const retried = await close(chat, (refused.body.current as { version: string }).version, randomUUID());
    expect(retried.status).toBe(201);
    expect((retried.body.record as { items: Record<string, unknown>[] }).items[0]).toMatchObject({ discussed: true, outcome: 'In April' });
  });

  it('an item left open twice says so; the history lists 1:1s newest first', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Career path' });
    expect((await close(chat, await version(chat), randomUUID(), '2026-03-02')).status).toBe(201);
    expect((await close(chat, await version(chat), randomUUID(), '2026-03-16')).status).toBe(201);
    const agenda = agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).items;
    expect(agenda.map((item) => [item.title, item.carriedOver])).toEqual([['Career path', { times: 2, from: '2026-03-16' }]]);
    const history = await chat.manager.request('GET', `${chat.base}/records?limit=1`);
    expect(history.body.items?.map((summary) => summary.date)).toEqual(['2026-03-16']);
    const older = await chat.manager.request('GET', `${chat.base}/records?limit=1&cursor=${encodeURIComponent(String(history.body.nextCursor))}`);
    expect(older.body.items?.map((summary) => summary.date)).toEqual(['2026-03-02']);
  });

  it.each(['garbage', '%00', encodeURIComponent(btoa('{"nextPartitionKey":'))])('the history with a cursor it never handed out (%s) is a 400 naming the cursor, not an outage', async (cursor) => {
    const chat = await seedChat(api);
    const response = await chat.manager.request('GET', `${chat.base}/records?cursor=${cursor}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(response.body.errors).toEqual([{ path: 'cursor', message: 'Not a cursor from a previous page.' }]);
  });

  it('an item added while the meeting is being closed stays on the next agenda', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Before' });
    const seen = await version(chat);
    const [closed] = await Promise.all([close(chat, seen, randomUUID()), addItem(chat.manager, chat.base, { title: 'During' })]);
    const agenda = titles(agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).items);
    if (closed.status === 201) expect(agenda.sort()).toEqual(['Before', 'During']);
    else expect(closed.status).toBe(412);
    expect(agenda).toContain('During');
  });

  it('a close needs an Idempotency-Key and the agenda version', async () => {
    const chat = await seedChat(api);
    const noKey = await chat.employee.request('POST', `${chat.base}/close`, { body: { agendaVersion: await version(chat) } });
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
    const noVersion = await chat.employee.request('POST', `${chat.base}/close`, { body: {}, headers: { 'Idempotency-Key': randomUUID() } });
    expect(noVersion.status).toBe(400);
    expect(await recordCount(chat)).toBe(0);
  });

  it('a record id that is not in this chat is 404', async () => {
    const chat = await seedChat(api);
    const other = await seedChat(api);
    const closed = await close(other, await version(other), randomUUID());
    const recordId = (closed.body.record as { id: string }).id;
    expect((await chat.employee.request('GET', `${chat.base}/records/${recordId}`)).status).toBe(404);
    expect((await chat.employee.request('GET', `${chat.base}/records/not-an-id`)).status).toBe(404);
  });
});
