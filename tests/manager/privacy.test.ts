import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi, type ClientResponse } from '../support/apiHarness';
import { addItem, agendaOf, seedChat, setRoles } from '../oneOnOne/chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('the manager profile is private, always', () => {
  it('no response the manager can get holds anything of the profile, its entries or its tags', async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const secret = `SECRET${randomUUID().slice(0, 6)}`;
    const { employee, manager, base } = chat;
    const ok = async (response: Promise<ClientResponse>) => {
      const answered = await response;
      expect(answered.status, JSON.stringify(answered.body)).toBeLessThan(300);
      return answered.body;
    };
    const profile = await ok(employee.request('POST', '/me/managers', { body: { name: `${secret} Morgan` } }));
    await ok(employee.request('POST', '/me/insights', { body: { profileId: profile.id, field: 'annoyances', text: `${secret} hates surprises`, notedOn: '2026-11-02' } }));
    const priority = await ok(employee.request('POST', '/me/priorities', { body: { profileId: profile.id, title: `${secret} survive the reorg`, position: 1, notedOn: '2026-11-02' } }));
    const tag = { supportsPriorityId: priority.id };
    const goal = await ok(employee.request('POST', '/me/goals', { body: { title: 'Lead the platform team', horizon: '1y', sharedInOneOnOne: true, ...tag } }));
    const commitment = await ok(employee.request('POST', '/me/commitments', { body: { title: 'Ship the migration', dueDate: '2099-01-10', sharedInOneOnOne: true, ...tag } }));
    await ok(employee.request('POST', '/me/wins', { body: { title: 'Cut costs 20%', date: '2026-11-20', sharedInOneOnOne: true, goalId: goal.id, ...tag } }));
    const question = await addItem(employee, base, { questionId: 'stressor-pet-peeve', kind: 'question' });
    await ok(employee.request('POST', `${base}/agenda/${String(question.id)}/save-to-profile`, { body: { target: 'annoyances', text: `${secret} decks without a summary`, notedOn: '2026-12-03' } }));

    const seen: Record<string, unknown>[] = [];
    const asManager = async (method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) => {
      const body = await ok(manager.request(method, path, options));
      seen.push(body);
      return body;
    };
    const space = await asManager('GET', `${base}/space`);
    await asManager('GET', `${base}/space?today=2026-12-03`);
    await asManager('POST', `${base}/comments`, { body: { commitmentId: commitment.id, ownerObjectId: employee.objectId, text: 'Shout if blocked' } });
    await asManager('PUT', `${base}/goals/${String(goal.id)}/help`, { body: { ownerObjectId: employee.objectId, text: 'I can introduce you to the VP' } });
    await asManager('POST', `${base}/actions`, { body: { agendaItemId: question.id, ownerObjectId: manager.objectId, title: 'Introduce them to the VP', dueDate: '2099-01-05' }, headers: { 'Idempotency-Key': randomUUID() } });
    const closed = await asManager('POST', `${base}/close`, { body: { agendaVersion: agendaOf({ status: 200, headers: new Headers(), body: space }).version }, headers: { 'Idempotency-Key': randomUUID() } });
    await asManager('GET', `${base}/records`);
    await asManager('GET', `${base}/records/${(closed.record as { id: string }).id}`);
    await asManager('GET', `${base}/space`);
    await asManager('GET', '/me/overview');
    await asManager('GET', '/me/manager');

    expect(seen.length).toBeGreaterThanOrEqual(8);
    for (const body of seen) {
      const text = JSON.stringify(body);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(String(priority.id));
      expect(text).not.toContain(String(profile.id));
      expect(text).not.toContain('supportsPriorityId');
    }
    expect(JSON.stringify(space)).toContain('Ship the migration');
  });
});
