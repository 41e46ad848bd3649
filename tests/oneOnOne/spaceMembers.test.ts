import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { clientFor, startTestApi } from '../support/apiHarness';
import { seedChat } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const sharedWinTitles = async (request: () => Promise<{ body: Record<string, unknown> }>) => ((await request()).body.sharedWins as { title: string }[]).map((win) => win.title).sort();

// The space reads members' partitions alongside the roster check, from the roster it last saw:
// a roster that changed since must never show a stale set of people.
describe('the space after the roster changed', () => {
  it('someone who joined shows their shared items at once; someone who left takes theirs away at once', async () => {
    const chat = await seedChat(api);
    const load = () => chat.manager.request('GET', `${chat.base}/space`);
    expect((await chat.employee.request('POST', '/me/wins', { body: { title: 'Employee win', date: '2026-02-01', sharedInOneOnOne: true } })).status).toBe(201);
    expect(await sharedWinTitles(load)).toEqual(['Employee win']);

    const name = `joiner-${chat.chatId.slice(3, 11)}`;
    const joiner = await clientFor(api, name);
    expect((await joiner.request('POST', '/me/wins', { body: { title: 'Joiner win', date: '2026-02-02', sharedInOneOnOne: true } })).status).toBe(201);
    await api.services.rosters.addMembers(chat.chatId, [{ objectId: devUserObjectId(name), name }]);
    expect(await sharedWinTitles(load)).toEqual(['Employee win', 'Joiner win']);

    await api.services.rosters.removeMembers(chat.chatId, [chat.employee.objectId]);
    expect(await sharedWinTitles(load)).toEqual(['Joiner win']);
    expect((await chat.employee.request('GET', `${chat.base}/space`)).status).toBe(403);
  });
});
