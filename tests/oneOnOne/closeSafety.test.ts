import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { chatPartition } from '../../api/src/store/rosterStore';
import { startTestApi, type ClientResponse } from '../support/apiHarness';
import { addItem, agendaOf, rowsInChat, seedChat, titles, type ChatFixture } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function version(chat: ChatFixture): Promise<string> {
  return agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).version;
}

function close(chat: ChatFixture, body: Record<string, unknown>): Promise<ClientResponse> {
  return chat.employee.request('POST', `${chat.base}/close`, { body, headers: { 'Idempotency-Key': randomUUID() } });
}

async function recordCount(chat: ChatFixture): Promise<number> {
  return ((await chat.manager.request('GET', `${chat.base}/records`)).body.items ?? []).length;
}

/** The agenda as the tab sees it: title, discussed, outcome, carry-over, in order. */
async function agendaState(chat: ChatFixture) {
  return agendaOf(await chat.manager.request('GET', `${chat.base}/space`)).items.map((item) => [item.title, item.discussed, item.outcome, item.carriedOver ?? null]);
}

describe('a safe close', () => {
  it('takes the outcomes filled in in the close dialog into the record, in the same step', async () => {
    const chat = await seedChat(api);
    const budget = await addItem(chat.employee, chat.base, { title: 'Training budget' });
    await addItem(chat.manager, chat.base, { title: 'Reorg rumours' });
    const closed = await close(chat, { agendaVersion: await version(chat), date: '2026-03-02', outcomes: [{ id: budget.id, discussed: true, outcome: 'Approved, book it.' }] });
    expect(closed.status).toBe(201);
    const record = closed.body.record as { items: Record<string, unknown>[] };
    expect(record.items.map((item) => [item.title, item.discussed, item.outcome])).toEqual([
      ['Training budget', true, 'Approved, book it.'],
      ['Reorg rumours', false, ''],
    ]);
    expect(titles(agendaOf(await chat.manager.request('GET', `${chat.base}/space`)).items)).toEqual(['Reorg rumours']);
  });

  it('a second close on the same day is refused with a 409 that says what it would do, and goes through once confirmed', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Career path' });
    expect((await close(chat, { agendaVersion: await version(chat), date: '2026-03-02' })).status).toBe(201);
    const before = await rowsInChat(chat.chatId);
    const again = await close(chat, { agendaVersion: await version(chat), date: '2026-03-02' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'closed_same_day', title: 'A 1:1 was already closed on this day.' });
    expect(String(again.body.detail)).toContain('second record dated 2026-03-02');
    expect(await rowsInChat(chat.chatId)).toEqual(before);
    expect(await recordCount(chat)).toBe(1);
    const confirmed = await close(chat, { agendaVersion: await version(chat), date: '2026-03-02', confirmed: true });
    expect(confirmed.status).toBe(201);
    expect(await recordCount(chat)).toBe(2);
    // Another day needs no confirmation.
    expect((await close(chat, { agendaVersion: await version(chat), date: '2026-03-09' })).status).toBe(201);
  });

  it('either member can undo a close: the record goes and the agenda comes back as it was, items and outcomes', async () => {
    const chat = await seedChat(api);
    const budget = await addItem(chat.employee, chat.base, { title: 'Training budget' });
    await addItem(chat.manager, chat.base, { title: 'Reorg rumours' });
    await close(chat, { agendaVersion: await version(chat), date: '2026-03-02' });
    const carried = agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).items;
    // A second 1:1 whose agenda carries both over once; then one is discussed.
    const before = await agendaState(chat);
    const spaceBefore = await chat.employee.request('GET', `${chat.base}/space`);
    const closed = await close(chat, { agendaVersion: agendaOf(spaceBefore).version, date: '2026-03-09', outcomes: [{ id: budget.id, discussed: true, outcome: 'Approved' }] });
    expect(closed.status).toBe(201);
    const recordId = (closed.body.record as { id: string }).id;
    expect((await chat.employee.request('GET', `${chat.base}/space`)).body.undo).toMatchObject({ recordId });

    const undone = await chat.manager.request('POST', `${chat.base}/records/${recordId}/undo`);
    expect(undone.status).toBe(200);
    expect(titles((undone.body as { items: Record<string, unknown>[] }).items)).toEqual(titles(carried));
    expect(await agendaState(chat)).toEqual([
      ['Training budget', true, 'Approved', { times: 1, from: '2026-03-02' }],
      before[1],
    ]);
    const after = await chat.employee.request('GET', `${chat.base}/space`);
    expect(after.body.lastOneOnOne).toMatchObject({ date: '2026-03-02' });
    expect(after.body.undo).toMatchObject({ recordId: (after.body.lastOneOnOne as { recordId: string }).recordId });
    expect(await recordCount(chat)).toBe(1);
    expect((await chat.employee.request('GET', `${chat.base}/records/${recordId}`)).status).toBe(404);
    // Only the latest close can be undone, and the undone one is gone.
    expect((await chat.employee.request('POST', `${chat.base}/records/${recordId}/undo`)).status).toBe(404);
  });

  it('undoing the only close leaves a chat with no history', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Only item' });
    const closed = await close(chat, { agendaVersion: await version(chat), date: '2026-03-02' });
    const recordId = (closed.body.record as { id: string }).id;
    expect((await chat.employee.request('POST', `${chat.base}/records/${recordId}/undo`)).status).toBe(200);
    const space = await chat.employee.request('GET', `${chat.base}/space`);
    expect(space.body).toMatchObject({ lastOneOnOne: null, recentRecords: [], undo: null });
    expect(await agendaState(chat)).toEqual([['Only item', false, '', null]]);
  });

  it('an item edited after the close is not lost: the undo is refused and nothing changes', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Pay review' });
    const closed = await close(chat, { agendaVersion: await version(chat), date: '2026-03-02' });
    const recordId = (closed.body.record as { id: string }).id;
    const item = agendaOf(await chat.manager.request('GET', `${chat.base}/space`)).items[0] ?? {};
    const edited = await chat.manager.request('PUT', `${chat.base}/agenda/${String(item.id)}`, { body: { title: 'Pay review', discussed: true, outcome: 'In April' }, headers: { 'If-Match': String(item.etag) } });
    expect(edited.status).toBe(200);
    const before = await rowsInChat(chat.chatId);
    const refused = await chat.employee.request('POST', `${chat.base}/records/${recordId}/undo`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'undo_conflict', detail: '“Pay review” was changed after the close.' });
    expect(await rowsInChat(chat.chatId)).toEqual(before);
  });

  it('after ten minutes a close can no longer be undone', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Pay review' });
    const closed = await close(chat, { agendaVersion: await version(chat), date: '2026-03-02' });
    const recordId = (closed.body.record as { id: string }).id;
    // The record as if it had been closed eleven minutes ago.
    const partition = chatPartition(chat.chatId);
    const stored = await api.services.shared.get(partition, 'record', recordId);
    await api.services.shared.update(partition, 'record', recordId, { ...stored.data, closedAt: new Date(Date.now() - 11 * 60_000).toISOString() }, stored.etag);
    const before = await rowsInChat(chat.chatId);
    const refused = await chat.manager.request('POST', `${chat.base}/records/${recordId}/undo`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'undo_expired', title: 'This close can no longer be undone.' });
    expect(await rowsInChat(chat.chatId)).toEqual(before);
  });

  it('an older close cannot be undone once a later one exists', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Career path' });
    const first = await close(chat, { agendaVersion: await version(chat), date: '2026-03-02' });
    expect((await close(chat, { agendaVersion: await version(chat), date: '2026-03-09' })).status).toBe(201);
    const refused = await chat.employee.request('POST', `${chat.base}/records/${(first.body.record as { id: string }).id}/undo`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('undo_not_latest');
  });
});
