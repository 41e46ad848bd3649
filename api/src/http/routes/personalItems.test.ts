import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_SUCH_GOAL } from '../../app/ownItems';
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

const goal = { title: 'Lead a team of five', why: 'I want to grow people', horizon: '5y' };
const win = (extra: Record<string, unknown> = {}) => ({ title: 'Shipped search', impact: 'Support tickets down 30%', date: '2026-11-02', ...extra });

async function createGoal(client: Client) {
  const response = await client.request('POST', '/me/goals', { body: goal });
  expect(response.status).toBe(201);
  return response.body;
}

describe('goals and wins', () => {
  it('creates a goal with defaults and reads it back', async () => {
    const alice = await clientFor(api, user('alice'));
    const created = await createGoal(alice);
    expect(created).toMatchObject({ title: goal.title, horizon: '5y', status: 'active', progress: 0, why: goal.why });
    const read = await alice.request('GET', `/me/goals/${String(created.id)}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
    expect(read.headers.get('etag')).toBe(created.etag);
  });

  it('links a win to a goal and the overview returns both, newest win first', async () => {
    const alice = await clientFor(api, user('alice'));
    const created = await createGoal(alice);
    await alice.request('POST', '/me/wins', { body: win({ date: '2026-10-01', title: 'Older' }) });
    const linked = await alice.request('POST', '/me/wins', { body: win({ goalId: created.id }) });
    expect(linked.status).toBe(201);
    const overview = await alice.request('GET', '/me/overview');
    expect(overview.status).toBe(200);
    const wins = overview.body.wins as { title: string; goalId?: string }[];
    expect(wins.map((w) => w.title)).toEqual(['Shipped search', 'Older']);
    expect(wins[0]?.goalId).toBe(created.id);
    expect((overview.body.goals as unknown[]).length).toBe(1);
  });

  it('returns my commitments in the same overview, and nobody else’s', async () => {
    const alice = await clientFor(api, user('alice'));
    const bob = await clientFor(api, user('bob'));
    const promised = await alice.request('POST', '/me/commitments', { body: { title: 'Send the Q3 numbers', dueDate: '2026-06-12', sharedInOneOnOne: true } });
    await bob.request('POST', '/me/commitments', { body: { title: 'Bob’s own promise' } });
    const overview = await alice.request('GET', '/me/overview');
    expect(overview.body.commitments).toEqual([promised.body]);
    expect((await bob.request('GET', '/me/overview')).body.commitments).toEqual([expect.objectContaining({ title: 'Bob’s own promise' })]);
  });

  it('refuses a win that names a goal the caller does not have', async () => {
    const alice = await clientFor(api, user('alice'));
    const bob = await clientFor(api, user('bob'));
    const bobsGoal = await createGoal(bob);
    const response = await alice.request('POST', '/me/wins', { body: win({ goalId: bobsGoal.id }) });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'goalId', message: 'No such goal.' }]);
  });

  it('refuses to re-point a win at a goal that does not exist, with the message the bot shows too, and keeps the win', async () => {
    const alice = await clientFor(api, user('alice'));
    const created = await alice.request('POST', '/me/wins', { body: win() });
    const response = await alice.request('PUT', `/me/wins/${String(created.body.id)}`, {
      body: win({ goalId: '01J00000000000000000000000' }),
      headers: { 'If-Match': String(created.body.etag) },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'goalId', message: NO_SUCH_GOAL }]);
    expect((await alice.request('GET', `/me/wins/${String(created.body.id)}`)).body).toEqual(created.body);
  });

  it('stores hostile text exactly as typed', async () => {
    const alice = await clientFor(api, user('alice'));
    const title = `<img src=x onerror=alert(1)> ' or 1 eq 1 -- 🎉 مرحبا`;
    const response = await alice.request('POST', '/me/wins', { body: win({ title }) });
    expect(response.status).toBe(201);
    const listed = await alice.request('GET', '/me/wins');
    expect(listed.body.items?.map((item) => item.title)).toEqual([title]);
  });
});

describe('bad input', () => {
  it.each([
    ['empty title', { ...goal, title: '   ' }, 'title'],
    ['unknown horizon', { ...goal, horizon: '3y' }, 'horizon'],
    ['progress out of range', { ...goal, progress: 101 }, 'progress'],
    ['title too long', { ...goal, title: 'x'.repeat(201) }, 'title'],
    ['date horizon without a date', { ...goal, horizon: 'date' }, 'targetDate'],
    ['a date that is not a date', { ...goal, horizon: 'date', targetDate: '2026-02-30' }, 'targetDate'],
    ['an unknown field', { ...goal, owner: 'someone-else' }, '(body)'],
  ])('%s: 400 naming the field, nothing written', async (_label, body, field) => {
    const alice = await clientFor(api, user('alice'));
    const response = await alice.request('POST', '/me/goals', { body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((response.body.errors as { path: string }[]).map((e) => e.path)).toContain(field);
    const listed = await alice.request('GET', '/me/goals');
    expect(listed.body.items).toEqual([]);
  });

  it.each([
    ['a goal target date in year 1', '/me/goals', { ...goal, horizon: 'date', targetDate: '0001-01-01' }, 'targetDate'],
    ['a goal target date in 9999', '/me/goals', { ...goal, horizon: 'date', targetDate: '9999-12-31' }, 'targetDate'],
    ['a win dated 1899', '/me/wins', win({ date: '1899-12-31' }), 'date'],
    ['a commitment due in 2101', '/me/commitments', { title: 'Send it', dueDate: '2101-01-01' }, 'dueDate'],
    ['a commitment due in year 1', '/me/commitments', { title: 'Send it', dueDate: '0001-01-01' }, 'dueDate'],
  ])('%s: 400 naming the field and the range, nothing written', async (_label, collection, body, field) => {
    const alice = await clientFor(api, user('alice'));
    const response = await alice.request('POST', collection, { body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([{ path: field, message: 'Pick a date between 1900-01-01 and 2100-12-31.' }]);
    expect((await alice.request('GET', collection)).body.items).toEqual([]);
  });

  it('accepts the first and last dates of the range, and a win in the future', async () => {
    const alice = await clientFor(api, user('alice'));
    expect((await alice.request('POST', '/me/wins', { body: win({ date: '1900-01-01' }) })).status).toBe(201);
    expect((await alice.request('POST', '/me/wins', { body: win({ date: '2030-06-01' }) })).status).toBe(201);
    expect((await alice.request('POST', '/me/commitments', { body: { title: 'Send it', dueDate: '2100-12-31' } })).status).toBe(201);
  });

  it('malformed JSON is a 400', async () => {
    const alice = await clientFor(api, user('alice'));
    const response = await fetch(`${api.baseUrl}/api/me/goals`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${alice.token}`, 'Content-Type': 'application/json' },
      body: '{"title": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('malformed_json');
  });

  it('a body over the cap is a 413 and nothing is written', async () => {
    const alice = await clientFor(api, user('alice'));
    const response = await alice.request('POST', '/me/wins', { body: win({ impact: 'x'.repeat(20_000) }) });
    expect(response.status).toBe(413);
    expect((await alice.request('GET', '/me/wins')).body.items).toEqual([]);
  });

  it.each([
    ['a goal title', '/me/goals', { ...goal, title: '\ud800 lone \udfff' }, 'title'],
    ['a goal why', '/me/goals', { ...goal, why: 'trailing high \ud83d' }, 'why'],
    ['a win impact', '/me/wins', win({ impact: 'lone low \udc00 here' }), 'impact'],
    ['a commitment detail', '/me/commitments', { title: 'Send it', details: '\udfff' }, 'details'],
  ])('a lone UTF-16 surrogate in %s is a 400 naming the field, nothing written', async (_label, path, body, field) => {
    const alice = await clientFor(api, user('alice'));
    const response = await alice.request('POST', path, { body });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: field, message: 'Contains an unpaired UTF-16 surrogate, which is not a character.' }]);
    expect((await alice.request('GET', path)).body.items).toEqual([]);
  });

  it('a surrogate pair (an emoji) is still stored as typed', async () => {
    const alice = await clientFor(api, user('alice'));
    const response = await alice.request('POST', '/me/goals', { body: { ...goal, title: 'Ship it \ud83d\ude80' } });
    expect(response.status).toBe(201);
    expect(response.body.title).toBe('Ship it 🚀');
  });

  it('a win with a javascript: evidence link is refused', async () => {
    const alice = await clientFor(api, user('alice'));
    const response = await alice.request('POST', '/me/wins', { body: win({ evidenceUrl: 'javascript:alert(1)' }) });
    expect(response.status).toBe(400);
    expect((response.body.errors as { path: string }[])[0]?.path).toBe('evidenceUrl');
  });
});

describe('concurrency and retries', () => {
  it('a stale edit gets 412 with the newer version, which is kept', async () => {
    const alice = await clientFor(api, user('alice'));
    const created = await createGoal(alice);
    const path = `/me/goals/${String(created.id)}`;
    const first = await alice.request('PUT', path, { body: { ...goal, title: 'First window' }, headers: { 'If-Match': String(created.etag) } });
    expect(first.status).toBe(200);
    const second = await alice.request('PUT', path, { body: { ...goal, title: 'Second window' }, headers: { 'If-Match': String(created.etag) } });
    expect(second.status).toBe(412);
    expect((second.body.current as { title: string }).title).toBe('First window');
    expect((await alice.request('GET', path)).body.title).toBe('First window');
  });

  it.each(['PUT', 'DELETE'])('%s with If-Match: * is refused with 428 and the item is unchanged', async (method) => {
    const alice = await clientFor(api, user('alice'));
    const created = await createGoal(alice);
    const path = `/me/goals/${String(created.id)}`;
    const response = await alice.request(method, path, { body: { ...goal, title: 'Blind overwrite' }, headers: { 'If-Match': '*' } });
    expect(response.status).toBe(428);
    expect(response.body).toMatchObject({ code: 'if_match_required', title: 'Send the exact version you edited in If-Match; * is not accepted.' });
    expect((await alice.request('GET', path)).body).toEqual(created);
  });

  it('an edit without If-Match is refused with 428', async () => {
    const alice = await clientFor(api, user('alice'));
    const created = await createGoal(alice);
    const response = await alice.request('PUT', `/me/goals/${String(created.id)}`, { body: goal });
    expect(response.status).toBe(428);
  });

  it('a retried create with the same Idempotency-Key returns the first item, not a twin', async () => {
    const alice = await clientFor(api, user('alice'));
    const headers = { 'Idempotency-Key': randomUUID() };
    const [a, b] = await Promise.all([
      alice.request('POST', '/me/wins', { body: win(), headers }),
      alice.request('POST', '/me/wins', { body: win(), headers }),
    ]);
    const third = await alice.request('POST', '/me/wins', { body: win(), headers });
    expect(new Set([a.body.id, b.body.id, third.body.id]).size).toBe(1);
    expect((await alice.request('GET', '/me/wins')).body.items).toHaveLength(1);
  });

  it('deletes with If-Match; the item is gone after', async () => {
    const alice = await clientFor(api, user('alice'));
    const created = await createGoal(alice);
    const path = `/me/goals/${String(created.id)}`;
    expect((await alice.request('DELETE', path, { headers: { 'If-Match': String(created.etag) } })).status).toBe(204);
    expect((await alice.request('GET', path)).status).toBe(404);
  });
});

describe('paging', () => {
  it('walks every item once with the continuation cursor', async () => {
    const alice = await clientFor(api, user('alice'));
    for (let i = 0; i < 5; i++) await alice.request('POST', '/me/goals', { body: { ...goal, title: `Goal ${i}` } });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = cursor === undefined ? '?limit=2' : `?limit=2&cursor=${encodeURIComponent(cursor)}`;
      const page = await alice.request('GET', `/me/goals${query}`);
      expect(page.status).toBe(200);
      seen.push(...(page.body.items ?? []).map((item) => String(item.title)));
      cursor = page.body.nextCursor as string | undefined;
    } while (cursor !== undefined);
    expect(seen).toEqual(['Goal 4', 'Goal 3', 'Goal 2', 'Goal 1', 'Goal 0']);
  });

  it.each([
    ['not base64', 'garbage!'],
    ['a NUL', '\u0000'],
    ['base64 of text that is not JSON', btoa('not json')],
    ['base64 of JSON that is not a cursor', btoa(JSON.stringify({ page: 2 }))],
    ['a cursor with an extra field', btoa(JSON.stringify({ nextPartitionKey: 'p', nextRowKey: 'r', admin: true }))],
    ['a cursor whose key storage cannot take', btoa(JSON.stringify({ nextPartitionKey: 'p', nextRowKey: '\ud800' }))],
  ])('a cursor that is %s is a 400 naming the cursor, not an outage', async (_label, cursor) => {
    const alice = await clientFor(api, user('alice'));
    for (const plural of ['goals', 'wins', 'commitments']) {
      const response = await alice.request('GET', `/me/${plural}?cursor=${encodeURIComponent(cursor)}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('retry-after')).toBeNull();
      expect((response.body.errors as { path: string }[]).map((e) => e.path)).toEqual(['cursor']);
    }
  });
});
