import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../hosts/local/stack';
import { clientFor, startTestApi, type Client } from '../../../../tests/support/apiHarness';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const newClient = () => clientFor(api, `alice-${randomUUID().slice(0, 8)}`);

async function create(client: Client, body: Record<string, unknown>) {
  const response = await client.request('POST', '/me/commitments', { body: { title: 'Send the deck', ...body } });
  expect(response.status).toBe(201);
  return response.body;
}

async function replace(client: Client, item: Record<string, unknown>, changes: Record<string, unknown>) {
  const { title, details, dueDate, toWhom, status, doneOn, sharedInOneOnOne } = { ...item, ...changes };
  const body = Object.fromEntries(Object.entries({ title, details, dueDate, toWhom, status, doneOn, sharedInOneOnOne }).filter(([, v]) => v !== undefined));
  return client.request('PUT', `/me/commitments/${String(item.id)}`, { body, headers: { 'If-Match': String(item.etag) } });
}

describe('commitments', () => {
  it('creates an open commitment and lists it', async () => {
    const client = await newClient();
    const created = await create(client, { dueDate: '2026-06-12', toWhom: 'Morgan' });
    expect(created).toMatchObject({ title: 'Send the deck', status: 'open', dueDate: '2026-06-12', toWhom: 'Morgan', details: '', sharedInOneOnOne: false });
    const listed = await client.request('GET', '/me/commitments');
    expect(listed.body.items?.map((item) => item.id)).toEqual([created.id]);
  });

  it('marks a commitment done only with the date it was done', async () => {
    const client = await newClient();
    const created = await create(client, { dueDate: '2026-06-12' });
    const withoutDate = await replace(client, created, { status: 'done' });
    expect(withoutDate.status).toBe(400);
    expect((withoutDate.body.errors as { path: string }[]).map((e) => e.path)).toEqual(['doneOn']);
    const done = await replace(client, created, { status: 'done', doneOn: '2026-06-11' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', doneOn: '2026-06-11' });
  });

  it('refuses a done date that has not come yet, or on a commitment not done, and stores nothing', async () => {
    const client = await newClient();
    const created = await create(client, { dueDate: '2026-06-12' });
    const future = await replace(client, created, { status: 'done', doneOn: '2099-01-01' });
    const notDone = await replace(client, created, { status: 'open', doneOn: '2026-06-11' });
    for (const response of [future, notDone]) {
      expect(response.status).toBe(400);
      expect((response.body.errors as { path: string }[]).map((e) => e.path)).toEqual(['doneOn']);
    }
    const stored = await client.request('GET', `/me/commitments/${created.id}`);
    expect(stored.body).toMatchObject({ status: 'open', etag: created.etag });
    expect(stored.body.doneOn).toBeUndefined();
  });

  it('edits and drops a commitment', async () => {
    const client = await newClient();
    const created = await create(client, {});
    const edited = await replace(client, created, { title: 'Send the final deck', dueDate: '2026-07-01' });
    expect(edited.body).toMatchObject({ title: 'Send the final deck', dueDate: '2026-07-01' });
    const dropped = await replace(client, edited.body, { status: 'dropped' });
    expect(dropped.body.status).toBe('dropped');
  });
});

describe('GET /me/commitments/summary', () => {
  it('gives follow-through over the last 90 days and the size of each list', async () => {
    const client = await newClient();
    const done = (dueDate: string, doneOn: string) => create(client, { dueDate, status: 'done', doneOn });
    await done('2026-06-01', '2026-05-31');
    await done('2026-06-02', '2026-06-05');
    await create(client, { dueDate: '2026-06-08' });
    await create(client, { dueDate: '2026-06-12' });
    await create(client, { dueDate: '2026-06-09', status: 'dropped' });
    await create(client, {});
    const response = await client.request('GET', '/me/commitments/summary?today=2026-06-10');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      today: '2026-06-10',
      followThrough: { from: '2026-03-13', to: '2026-06-10', due: 3, doneOnTime: 1, rate: 1 / 3 },
      counts: { open: 3, dueSoon: 1, overdue: 1, done: 2, dropped: 1 },
    });
  });

  it('has no rate before anything is due, and defaults to today', async () => {
    const client = await newClient();
    const response = await client.request('GET', '/me/commitments/summary');
    expect(response.status).toBe(200);
    expect(response.body.followThrough).toMatchObject({ due: 0, doneOnTime: 0, rate: null, to: new Date().toISOString().slice(0, 10) });
  });

  it('refuses a date that is not a date', async () => {
    const client = await newClient();
    const response = await client.request('GET', '/me/commitments/summary?today=2026-13-01');
    expect(response.status).toBe(400);
    expect((response.body.errors as { path: string }[])[0]?.path).toBe('today');
  });

  it('is not mistaken for a commitment id, and other ids still work', async () => {
    const client = await newClient();
    const created = await create(client, {});
    expect((await client.request('GET', '/me/commitments/summary')).body).toHaveProperty('followThrough');
    expect((await client.request('GET', `/me/commitments/${String(created.id)}`)).body.id).toBe(created.id);
    expect((await client.request('DELETE', '/me/commitments/summary', { headers: { 'If-Match': '*' } })).status).toBe(404);
  });
});
