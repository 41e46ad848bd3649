import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_SUCH_PRIORITY, NO_SUCH_PROFILE } from '../../app/ownItems';
import type { LocalApi } from '../../hosts/local/stack';
import { clientFor, startTestApi, type Client } from '../../../../tests/support/apiHarness';

let api: LocalApi;
const user = (role: string) => `${role}-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function created(client: Client, path: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await client.request('POST', path, { body, headers });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function view(client: Client) {
  const response = await client.request('GET', '/me/manager');
  expect(response.status).toBe(200);
  return response.body as { profiles: Record<string, unknown>[]; insights: Record<string, unknown>[]; priorities: Record<string, unknown>[]; supporting: Record<string, unknown>[] };
}

const insight = (profileId: unknown, extra: Record<string, unknown> = {}) => ({ profileId, field: 'channel', choice: 'chat', text: 'Chat for quick things', notedOn: '2026-11-20', ...extra });
const priority = (profileId: unknown, extra: Record<string, unknown> = {}) => ({ profileId, title: 'Cut churn below 2%', why: 'The board asks every month', position: 1, notedOn: '2026-11-20', ...extra });

describe('my manager profile', () => {
  it('keeps profiles, entries with their source and date, and priorities with what of mine supports them, in one view', async () => {
    const avery = await clientFor(api, user('avery'));
    const morgan = await created(avery, '/me/managers', { name: 'Morgan', since: '2026-01-05' });
    await created(avery, '/me/insights', insight(morgan.id, { origin: 'oneOnOne' }));
    const churn = await created(avery, '/me/priorities', priority(morgan.id));
    const goal = await created(avery, '/me/goals', { title: 'Own retention analytics', horizon: '1y', supportsPriorityId: churn.id });
    await created(avery, '/me/commitments', { title: 'Send the churn dashboard', supportsPriorityId: churn.id });
    await created(avery, '/me/wins', { title: 'Saved the Contoso account', date: '2026-11-18', supportsPriorityId: churn.id, goalId: goal.id });
    await created(avery, '/me/commitments', { title: 'Untagged promise' });

    const page = await view(avery);
    expect(page.profiles).toEqual([morgan]);
    expect(page.insights).toEqual([expect.objectContaining({ field: 'channel', choice: 'chat', origin: 'oneOnOne', notedOn: '2026-11-20', profileId: morgan.id })]);
    expect(page.priorities).toEqual([churn]);
    expect(page.supporting.map((item) => [item.kind, item.title, item.priorityId]).sort()).toEqual([
      ['commitment', 'Send the churn dashboard', churn.id],
      ['goal', 'Own retention analytics', churn.id],
      ['win', 'Saved the Contoso account', churn.id],
    ]);
    const overview = await avery.request('GET', '/me/overview');
    expect(overview.body.priorities).toEqual([churn]);
    expect(overview.body.managers).toEqual([morgan]);
  });

  it('refuses bad input with a 400 that says what to fix, and stores nothing', async () => {
    const avery = await clientFor(api, user('avery'));
    const morgan = await created(avery, '/me/managers', { name: 'Morgan' });
    const refusals: [string, Record<string, unknown>, string][] = [
      ['/me/insights', insight(morgan.id, { field: 'horoscope' }), 'field'],
      ['/me/insights', insight(morgan.id, { choice: 'carrier pigeon' }), 'choice'],
      ['/me/insights', insight(morgan.id, { text: '   ' }), 'text'],
      ['/me/insights', insight(morgan.id, { notedOn: '2026-02-30' }), 'notedOn'],
      ['/me/insights', insight(morgan.id, { origin: 'rumour' }), 'origin'],
      ['/me/insights', { ...insight(morgan.id), source: { messageId: 'forged' } }, ''],
      ['/me/priorities', priority(morgan.id, { position: 'first' }), 'position'],
      ['/me/priorities', priority(morgan.id, { title: 'x'.repeat(201) }), 'title'],
      ['/me/managers', { name: '' }, 'name'],
    ];
    for (const [path, body, field] of refusals) {
      const response = await avery.request('POST', path, { body });
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      if (field !== '') expect((response.body.errors as { path: string }[]).map((error) => error.path)).toContain(field);
    }
    const unknownProfile = await avery.request('POST', '/me/insights', { body: insight('01JD0000000000000000000000') });
    expect(unknownProfile.status).toBe(400);
    expect(unknownProfile.body.errors).toEqual([{ path: 'profileId', message: NO_SUCH_PROFILE }]);
    const unknownPriority = await avery.request('POST', '/me/goals', { body: { title: 'Grow', horizon: '1y', supportsPriorityId: '01JD0000000000000000000000' } });
    expect(unknownPriority.status).toBe(400);
    expect(unknownPriority.body.errors).toEqual([{ path: 'supportsPriorityId', message: NO_SUCH_PRIORITY }]);
    const page = await view(avery);
    expect([page.insights, page.priorities, page.supporting]).toEqual([[], [], []]);
    expect((await avery.request('GET', '/me/goals')).body.items).toEqual([]);
  });

  it('never lets two edits of one entry overwrite each other, and a retried save makes one entry', async () => {
    const avery = await clientFor(api, user('avery'));
    const morgan = await created(avery, '/me/managers', { name: 'Morgan' });
    const key = { 'Idempotency-Key': randomUUID() };
    const first = await created(avery, '/me/insights', insight(morgan.id), key);
    const retried = await avery.request('POST', '/me/insights', { body: insight(morgan.id), headers: key });
    expect(retried.body.id).toBe(first.id);
    const edits = await Promise.all(
      ['Email for numbers', 'Calls for bad news'].map((text) =>
        avery.request('PUT', `/me/insights/${String(first.id)}`, { body: insight(morgan.id, { text, choice: undefined }), headers: { 'If-Match': String(first.etag) } }),
      ),
    );
    expect(edits.map((edit) => edit.status).sort()).toEqual([200, 412]);
    const winner = edits.find((edit) => edit.status === 200);
    const page = await view(avery);
    expect(page.insights).toEqual([winner?.body]);
  });

  it('is nobody else’s to read or change', async () => {
    const avery = await clientFor(api, user('avery'));
    const other = await clientFor(api, user('other'));
    const morgan = await created(avery, '/me/managers', { name: 'Morgan' });
    const entry = await created(avery, '/me/insights', insight(morgan.id));
    expect((await other.request('GET', `/me/insights/${String(entry.id)}`)).status).toBe(404);
    expect((await other.request('PUT', `/me/managers/${String(morgan.id)}`, { body: { name: 'Hijacked' }, headers: { 'If-Match': String(morgan.etag) } })).status).toBe(404);
    expect((await other.request('POST', '/me/insights', { body: insight(morgan.id) })).status).toBe(400);
    expect(await view(other)).toEqual({ profiles: [], insights: [], priorities: [], supporting: [] });
  });

  it('starts a new profile for a new manager and keeps the old one readable; deleting a profile deletes its entries', async () => {
    const avery = await clientFor(api, user('avery'));
    const morgan = await created(avery, '/me/managers', { name: 'Morgan' });
    await created(avery, '/me/insights', insight(morgan.id));
    const riley = await created(avery, '/me/managers', { name: 'Riley' });
    await created(avery, '/me/priorities', priority(riley.id));
    expect((await view(avery)).profiles.map((profile) => profile.name).sort()).toEqual(['Morgan', 'Riley']);

    const removed = await avery.request('DELETE', `/me/managers/${String(morgan.id)}`, { headers: { 'If-Match': String(morgan.etag) } });
    expect(removed.status).toBe(204);
    const page = await view(avery);
    expect(page.profiles.map((profile) => profile.name)).toEqual(['Riley']);
    expect(page.insights).toEqual([]);
    expect(page.priorities.map((entry) => entry.profileId)).toEqual([riley.id]);
  });

  it('deleting a priority takes its tag off my items, which then save as before', async () => {
    const avery = await clientFor(api, user('avery'));
    const morgan = await created(avery, '/me/managers', { name: 'Morgan' });
    const churn = await created(avery, '/me/priorities', priority(morgan.id));
    const kept = await created(avery, '/me/priorities', priority(morgan.id, { title: 'Hire two engineers', position: 2 }));
    const promise = await created(avery, '/me/commitments', { title: 'Send the churn dashboard', supportsPriorityId: churn.id });
    const other = await created(avery, '/me/commitments', { title: 'Interview loop', supportsPriorityId: kept.id });
    expect((await avery.request('DELETE', `/me/priorities/${String(churn.id)}`, { headers: { 'If-Match': String(churn.etag) } })).status).toBe(204);

    const untagged = await avery.request('GET', `/me/commitments/${String(promise.id)}`);
    expect(untagged.body.supportsPriorityId).toBeUndefined();
    expect((await avery.request('GET', `/me/commitments/${String(other.id)}`)).body.supportsPriorityId).toBe(kept.id);
    const done = await avery.request('PUT', `/me/commitments/${String(promise.id)}`, {
      body: { title: 'Send the churn dashboard', status: 'done', doneOn: '2026-11-30' },
      headers: { 'If-Match': String(untagged.body.etag) },
    });
    expect(done.status).toBe(200);
    expect((await view(avery)).supporting.map((item) => item.title)).toEqual(['Interview loop']);
  });
});
