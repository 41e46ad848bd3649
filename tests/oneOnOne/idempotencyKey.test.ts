import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi } from '../support/apiHarness';
import { rowsInChat, rowsOfPerson, seedChat } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const expected = [{ path: 'Idempotency-Key', message: 'Use 8 to 128 letters, digits, - or _.' }];

describe('an invalid Idempotency-Key', () => {
  it.each(['short', 'has spaces in it', 'x'.repeat(129), 'semi;colon-key'])('%j is refused with the same message on personal and shared routes, and nothing is written', async (key) => {
    const chat = await seedChat(api);
    // One item of their own first, so their partition exists to compare with.
    expect((await chat.employee.request('POST', '/me/goals', { body: { title: 'Earlier goal', horizon: '1y' } })).status).toBe(201);
    const personalRows = await rowsOfPerson(chat.employee);
    const chatRows = await rowsInChat(chat.chatId);
    const headers = { 'Idempotency-Key': key };
    const refusals = await Promise.all([
      chat.employee.request('POST', '/me/goals', { body: { title: 'Lead a team', horizon: '5y' }, headers }),
      chat.employee.request('POST', '/me/commitments', { body: { title: 'Send the deck' }, headers }),
      chat.employee.request('POST', `${chat.base}/agenda`, { body: { title: 'Budget' }, headers }),
      chat.employee.request('POST', `${chat.base}/close`, { body: { agendaVersion: 'any' }, headers }),
    ]);
    for (const refusal of refusals) {
      expect(refusal.status).toBe(400);
      expect(refusal.body.errors).toEqual(expected);
    }
    expect(await rowsOfPerson(chat.employee)).toEqual(personalRows);
    expect(await rowsInChat(chat.chatId)).toEqual(chatRows);
  });

  it('a close without one is refused with the same message', async () => {
    const chat = await seedChat(api);
    const refusal = await chat.employee.request('POST', `${chat.base}/close`, { body: { agendaVersion: 'any' } });
    expect(refusal.status).toBe(400);
    expect(refusal.body.errors).toEqual(expected);
  });
});
