import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi, type Client, type ClientResponse } from '../support/apiHarness';
import { addItem, agendaOf, rowsOfPerson, seedChat, setRoles, type ChatFixture } from '../oneOnOne/chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const answer = { target: 'channel', text: 'A short written note on Fridays; call only if something is on fire', notedOn: '2026-12-03' };

function save(chat: ChatFixture, who: Client, itemId: unknown, body: Record<string, unknown> = answer, key: string = randomUUID()): Promise<ClientResponse> {
  return who.request('POST', `${chat.base}/agenda/${String(itemId)}/save-to-profile`, { body, headers: { 'Idempotency-Key': key } });
}

async function managerView(client: Client) {
  return (await client.request('GET', '/me/manager')).body as { profiles: { id: string; name: string }[]; insights: Record<string, unknown>[]; priorities: Record<string, unknown>[] };
}

describe('from the 1:1 into the profile', () => {
  it('the employee saves an answer in one step, into a profile named after the manager, once however often it is retried', async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const question = await addItem(chat.employee, chat.base, { questionId: 'update-style', kind: 'question' });
    const key = randomUUID();
    const saved = await save(chat, chat.employee, question.id, answer, key);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ target: 'channel', managerName: chat.manager.name });
    const rowsAfterFirst = await rowsOfPerson(chat.employee);
    expect((await save(chat, chat.employee, question.id, answer, key)).body).toEqual(saved.body);
    expect(await rowsOfPerson(chat.employee)).toEqual(rowsAfterFirst);

    const profile = await managerView(chat.employee);
    expect(profile.profiles.map((entry) => entry.name)).toEqual([chat.manager.name]);
    expect(profile.insights).toEqual([expect.objectContaining({ field: 'channel', text: answer.text, origin: 'oneOnOne', notedOn: '2026-12-03' })]);

    const priorityQuestion = await addItem(chat.employee, chat.base, { questionId: 'top-priorities', kind: 'question' });
    expect((await save(chat, chat.employee, priorityQuestion.id, { target: 'priority', text: 'Hit the Q1 launch date\nThe VP promised it to a customer', notedOn: '2026-12-03' })).status).toBe(201);
    expect((await managerView(chat.employee)).priorities).toEqual([
      expect.objectContaining({ title: 'Hit the Q1 launch date', why: 'Hit the Q1 launch date\nThe VP promised it to a customer', origin: 'oneOnOne', profileId: profile.profiles[0]?.id }),
    ]);
  });

  it('the manager cannot, nor anyone outside the chat, and nothing lands in their partitions', async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const question = await addItem(chat.employee, chat.base, { questionId: 'timing-best', kind: 'question' });
    const managerRows = await rowsOfPerson(chat.manager);
    expect((await save(chat, chat.manager, question.id)).status).toBe(403);
    expect((await save(chat, chat.outsider, question.id)).status).toBe(403);
    expect(await rowsOfPerson(chat.manager)).toEqual(managerRows);
    expect(await rowsOfPerson(chat.outsider)).toEqual([]);
  });

  it('before roles are set, the one who put the question on the agenda is the employee', async () => {
    const chat = await seedChat(api);
    const question = await addItem(chat.employee, chat.base, { questionId: 'feedback-how', kind: 'question' });
    expect((await save(chat, chat.manager, question.id)).status).toBe(403);
    expect((await save(chat, chat.employee, question.id, { ...answer, target: 'feedback' })).status).toBe(201);
  });

  it('refuses what is not a bank question, bad targets and empty answers with a 400, storing nothing', async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const topic = await addItem(chat.employee, chat.base, { title: 'Holiday plans' });
    const question = await addItem(chat.employee, chat.base, { questionId: 'update-rhythm', kind: 'question' });
    expect((await save(chat, chat.employee, topic.id)).status).toBe(400);
    expect((await save(chat, chat.employee, question.id, { ...answer, target: 'salary' })).status).toBe(400);
    expect((await save(chat, chat.employee, question.id, { ...answer, text: ' ' })).status).toBe(400);
    expect((await save(chat, chat.employee, '01JD0000000000000000000000')).status).toBe(404);
    expect(await rowsOfPerson(chat.employee)).toEqual([]);
    const space = await chat.employee.request('GET', `${chat.base}/space`);
    expect(agendaOf(space).items).toHaveLength(2);
  });
});
