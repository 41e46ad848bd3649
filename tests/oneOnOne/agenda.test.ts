import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_AGENDA_ITEMS } from '../../api/src/domain/oneOnOne';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi } from '../support/apiHarness';
import { startApiProcess } from '../support/apiProcess';
import { addItem, agendaOf, seedChat, setRoles, titles, type ChatFixture } from './chatFixture';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function agendaTitles(chat: ChatFixture, as: 'employee' | 'manager' = 'employee'): Promise<string[]> {
  return titles(agendaOf(await chat[as].request('GET', `${chat.base}/space`)).items);
}

async function itemsByTitle(chat: ChatFixture): Promise<Map<string, Record<string, unknown>>> {
  const items = agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).items;
  return new Map(items.map((item) => [String(item.title), item]));
}

describe('the next 1:1 agenda', () => {
  it('an item keeps its notes, author and state; edits show for the other person', async () => {
    const chat = await seedChat(api);
    const item = await addItem(chat.employee, chat.base, { title: 'Conference budget', notes: 'Two tickets for March' });
    expect(item).toMatchObject({ title: 'Conference budget', notes: 'Two tickets for March', kind: 'topic', discussed: false, outcome: '' });
    expect(item.addedBy).toEqual({ objectId: chat.employee.objectId, name: chat.employee.name });
    const edited = await chat.manager.request('PUT', `${chat.base}/agenda/${String(item.id)}`, {
      body: { title: 'Conference budget', notes: 'Two tickets for March', discussed: true, outcome: 'Approved one ticket.' },
      headers: { 'If-Match': String(item.etag) },
    });
    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).toBe(edited.body.etag);
    const seen = agendaOf(await chat.employee.request('GET', `${chat.base}/space`)).items[0];
    expect(seen).toMatchObject({ discussed: true, outcome: 'Approved one ticket.', addedBy: item.addedBy });
  });

  it('a stale edit gets 412 with the other person’s version, which is kept', async () => {
    const chat = await seedChat(api);
    const item = await addItem(chat.employee, chat.base, { title: 'Team offsite' });
    const path = `${chat.base}/agenda/${String(item.id)}`;
    const mine = await chat.employee.request('PUT', path, { body: { title: 'Team offsite: dates' }, headers: { 'If-Match': String(item.etag) } });
    expect(mine.status).toBe(200);
    const theirs = await chat.manager.request('PUT', path, { body: { title: 'Team offsite: venue' }, headers: { 'If-Match': String(item.etag) } });
    expect(theirs.status).toBe(412);
    expect((theirs.body.current as { title: string; etag: string }).title).toBe('Team offsite: dates');
    expect((theirs.body.current as { etag: string }).etag).toBe(mine.body.etag);
    expect(await agendaTitles(chat, 'manager')).toEqual(['Team offsite: dates']);
  });

  it('two people adding at once both keep their items, and each sees the other’s on the next load', async () => {
    const chat = await seedChat(api);
    await Promise.all([
      addItem(chat.employee, chat.base, { title: 'From the employee' }),
      addItem(chat.manager, chat.base, { title: 'From the manager' }),
    ]);
    expect((await agendaTitles(chat, 'employee')).sort()).toEqual(['From the employee', 'From the manager']);
    expect(await agendaTitles(chat, 'manager')).toEqual(await agendaTitles(chat, 'employee'));
  });

  it('moves up, down and to a place; each move rewrites only the moved item', async () => {
    const chat = await seedChat(api);
    for (const title of ['A', 'B', 'C', 'D']) await addItem(chat.employee, chat.base, { title });
    let items = await itemsByTitle(chat);
    const move = async (title: string, body: Record<string, unknown>) => {
      const item = items.get(title);
      const response = await chat.manager.request('POST', `${chat.base}/agenda/${String(item?.id)}/move`, { body, headers: { 'If-Match': String(item?.etag) } });
      expect(response.status).toBe(200);
      const agenda = response.body as { items: Record<string, unknown>[] };
      const changed = agenda.items.filter((after) => items.get(String(after.title))?.etag !== after.etag).map((after) => after.title);
      expect(changed).toEqual([title]);
      items = new Map(agenda.items.map((after) => [String(after.title), after]));
      return titles(agenda.items);
    };
    expect(await move('C', { direction: 'up' })).toEqual(['A', 'C', 'B', 'D']);
    expect(await move('A', { direction: 'down' })).toEqual(['C', 'A', 'B', 'D']);
    expect(await move('D', { afterId: null })).toEqual(['D', 'C', 'A', 'B']);
    expect(await move('D', { afterId: items.get('A')?.id })).toEqual(['C', 'A', 'D', 'B']);
    expect(await agendaTitles(chat, 'employee')).toEqual(['C', 'A', 'D', 'B']);
  });

  it('moving the top item up changes nothing', async () => {
    const chat = await seedChat(api);
    const first = await addItem(chat.employee, chat.base, { title: 'First' });
    await addItem(chat.employee, chat.base, { title: 'Second' });
    const response = await chat.employee.request('POST', `${chat.base}/agenda/${String(first.id)}/move`, { body: { direction: 'up' }, headers: { 'If-Match': String(first.etag) } });
    expect(response.status).toBe(200);
    expect(titles((response.body as { items: Record<string, unknown>[] }).items)).toEqual(['First', 'Second']);
  });

  it('two people moving different items at once both get their move', async () => {
    const chat = await seedChat(api);
    for (const title of ['A', 'B', 'C', 'D', 'E']) await addItem(chat.employee, chat.base, { title });
    const items = await itemsByTitle(chat);
    const moveTo = (client: ChatFixture['employee'], title: string, afterTitle: string | null) =>
      client.request('POST', `${chat.base}/agenda/${String(items.get(title)?.id)}/move`, {
        body: { afterId: afterTitle === null ? null : items.get(afterTitle)?.id },
        headers: { 'If-Match': String(items.get(title)?.etag) },
      });
    const [one, two] = await Promise.all([moveTo(chat.employee, 'E', null), moveTo(chat.manager, 'A', 'C')]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(await agendaTitles(chat)).toEqual(['E', 'B', 'C', 'A', 'D']);
  });

  it('moving an item with a stale version is 412 with the current agenda', async () => {
    const chat = await seedChat(api);
    const item = await addItem(chat.employee, chat.base, { title: 'A' });
    await addItem(chat.employee, chat.base, { title: 'B' });
    await chat.manager.request('PUT', `${chat.base}/agenda/${String(item.id)}`, { body: { title: 'A, renamed' }, headers: { 'If-Match': String(item.etag) } });
    const response = await chat.employee.request('POST', `${chat.base}/agenda/${String(item.id)}/move`, { body: { direction: 'down' }, headers: { 'If-Match': String(item.etag) } });
    expect(response.status).toBe(412);
    expect(titles((response.body.current as { items: Record<string, unknown>[] }).items)).toEqual(['A, renamed', 'B']);
    expect(await agendaTitles(chat)).toEqual(['A, renamed', 'B']);
  });

  it('deletes need the current version; a stale delete is 412 and the item stays', async () => {
    const chat = await seedChat(api);
    const item = await addItem(chat.employee, chat.base, { title: 'Old topic' });
    const path = `${chat.base}/agenda/${String(item.id)}`;
    const edited = await chat.manager.request('PUT', path, { body: { title: 'Old topic', notes: 'Still relevant!' }, headers: { 'If-Match': String(item.etag) } });
    expect((await chat.employee.request('DELETE', path, { headers: { 'If-Match': String(item.etag) } })).status).toBe(412);
    expect(await agendaTitles(chat)).toEqual(['Old topic']);
    expect((await chat.employee.request('DELETE', path, { headers: { 'If-Match': String(edited.body.etag) } })).status).toBe(204);
    expect(await agendaTitles(chat)).toEqual([]);
    expect((await chat.employee.request('DELETE', path, { headers: { 'If-Match': String(edited.body.etag) } })).status).toBe(404);
  });

  it('edits need a real version: none is 428, and "*" is refused too', async () => {
    const chat = await seedChat(api);
    const item = await addItem(chat.employee, chat.base, { title: 'Topic' });
    const path = `${chat.base}/agenda/${String(item.id)}`;
    expect((await chat.employee.request('PUT', path, { body: { title: 'No version' } })).status).toBe(428);
    expect((await chat.employee.request('PUT', path, { body: { title: 'Any version' }, headers: { 'If-Match': '*' } })).status).toBe(428);
    expect((await chat.employee.request('DELETE', path, { headers: { 'If-Match': '*' } })).status).toBe(428);
    expect(await agendaTitles(chat)).toEqual(['Topic']);
  });

  it('a retried add with the same Idempotency-Key makes one item', async () => {
    const chat = await seedChat(api);
    const headers = { 'Idempotency-Key': randomUUID() };
    const [a, b] = await Promise.all([
      chat.employee.request('POST', `${chat.base}/agenda`, { body: { title: 'Once' }, headers }),
      chat.employee.request('POST', `${chat.base}/agenda`, { body: { title: 'Once' }, headers }),
    ]);
    const c = await chat.employee.request('POST', `${chat.base}/agenda`, { body: { title: 'Once' }, headers });
    expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(1);
    expect(await agendaTitles(chat)).toEqual(['Once']);
  });

  it(`holds at most ${MAX_AGENDA_ITEMS} items and says so`, async () => {
    const chat = await seedChat(api);
    for (let i = 0; i < MAX_AGENDA_ITEMS; i++) await addItem(chat.employee, chat.base, { title: `Item ${i}` });
    const refused = await chat.manager.request('POST', `${chat.base}/agenda`, { body: { title: 'One too many' } });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('agenda_full');
    const agenda = agendaOf(await chat.employee.request('GET', `${chat.base}/space`));
    expect(agenda.items).toHaveLength(MAX_AGENDA_ITEMS);
    expect(titles(agenda.items).at(-1)).toBe(`Item ${MAX_AGENDA_ITEMS - 1}`);
  });

  it(`50 concurrent adds by both members leave exactly ${MAX_AGENDA_ITEMS} items; the rest get 409 agenda_full`, async () => {
    const chat = await seedChat(api);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 === 0 ? chat.employee : chat.manager).request('POST', `${chat.base}/agenda`, { body: { title: `Race ${i}` } }),
      ),
    );
    const refused = responses.filter((response) => response.status !== 201);
    expect(refused.map((response) => [response.status, response.body.code])).toEqual(Array(50 - MAX_AGENDA_ITEMS).fill([409, 'agenda_full']));
    const agenda = agendaOf(await chat.manager.request('GET', `${chat.base}/space`));
    expect(agenda.items).toHaveLength(MAX_AGENDA_ITEMS);
    const created = responses.filter((response) => response.status === 201).map((response) => String(response.body.title));
    expect(titles(agenda.items).sort()).toEqual(created.sort());
    // Each item got its own place at the end: no two racing adds share a position.
    expect(new Set(agenda.items.map((item) => item.position)).size).toBe(MAX_AGENDA_ITEMS);
  });

  it(`two API processes taking 50 concurrent adds between them still stop at ${MAX_AGENDA_ITEMS}`, async () => {
    const chat = await seedChat(api);
    // A second instance, as Azure scales out: it shares storage with this one and nothing else.
    const other = await startApiProcess(inject('tablesConnectionString'));
    try {
      const [employeeToken, managerToken] = await Promise.all([other.token(chat.employee.name), other.token(chat.manager.name)]);
      const viaOther = (token: string, title: string) =>
        fetch(`${other.baseUrl}/api${chat.base}/agenda`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ title }),
        }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }));
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const title = `Race ${i}`;
          if (i % 2 === 0) return (i % 4 === 0 ? chat.employee : chat.manager).request('POST', `${chat.base}/agenda`, { body: { title } });
          return viaOther(i % 4 === 1 ? employeeToken : managerToken, title);
        }),
      );
      const refused = responses.filter((response) => response.status !== 201);
      expect(refused.map((response) => [response.status, response.body.code])).toEqual(Array(50 - MAX_AGENDA_ITEMS).fill([409, 'agenda_full']));
      const agenda = agendaOf(await chat.manager.request('GET', `${chat.base}/space`));
      expect(agenda.items).toHaveLength(MAX_AGENDA_ITEMS);
      expect(new Set(agenda.items.map((item) => item.position)).size).toBe(MAX_AGENDA_ITEMS);
    } finally {
      await other.stop();
    }
  });

  it.each([
    ['no title and no question', { notes: 'x' }, 'title'],
    ['both a title and a question', { title: 'Mine', questionId: 'biggest-worry' }, 'title'],
    ['a question not in the bank', { questionId: 'salary-now' }, 'questionId'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a lone UTF-16 surrogate in the title', { title: '\ud800 lone \udfff' }, 'title'],
    ['a lone UTF-16 surrogate in the notes', { title: 'Fine', notes: 'cut off \ud83d' }, 'notes'],
    ['an unknown field', { title: 'x', addedBy: { objectId: 'someone', name: 'Boss' } }, '(body)'],
  ])('refuses an item with %s, and nothing is added', async (_label, body, field) => {
    const chat = await seedChat(api);
    const response = await chat.employee.request('POST', `${chat.base}/agenda`, { body });
    expect(response.status).toBe(400);
    expect((response.body.errors as { path: string }[]).map((error) => error.path)).toContain(field);
    expect(await agendaTitles(chat)).toEqual([]);
  });
});

describe('questions to ask', () => {
  it('the space offers the employee the managing-up bank, topics and old ids included, once roles are set', async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const bank = (await chat.employee.request('GET', `${chat.base}/space`)).body.questionBank as { id: string; topic: string; text: string }[];
    expect(new Set(bank.map((question) => question.topic))).toEqual(new Set(['priorities', 'success', 'updates', 'timing', 'stressors', 'goals', 'feedback', 'needs', 'volunteering']));
    expect(bank.map((question) => question.id)).toEqual(
      expect.arrayContaining(['top-priorities', 'biggest-worry', 'take-off-plate', 'update-style', 'update-rhythm', 'goals-connect', 'recent-work', 'priority-order']),
    );
  });

  it('a picked question becomes an agenda item with the bank’s wording; picking it again adds no twin', async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const bank = (await chat.employee.request('GET', `${chat.base}/space`)).body.questionBank as { id: string; text: string }[];
    const question = bank.find((candidate) => candidate.id === 'take-off-plate');
    const first = await chat.employee.request('POST', `${chat.base}/agenda`, { body: { questionId: 'take-off-plate', notes: 'The vendor review?' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ title: question?.text, kind: 'question', questionId: 'take-off-plate', notes: 'The vendor review?' });
    const again = await chat.employee.request('POST', `${chat.base}/agenda`, { body: { questionId: 'take-off-plate' } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await agendaTitles(chat, 'manager')).toEqual([question?.text]);
  });

  it('the employee can write their own question', async () => {
    const chat = await seedChat(api);
    const own = await addItem(chat.employee, chat.base, { title: 'Would you back me for the tech lead role?', kind: 'question' });
    expect(own).toMatchObject({ kind: 'question' });
    expect(own.questionId).toBeUndefined();
  });
});

describe('polling', () => {
  it('an unchanged space answers 304 to If-None-Match, and a change gives a new version', async () => {
    const chat = await seedChat(api);
    await addItem(chat.employee, chat.base, { title: 'Topic' });
    const first = await chat.manager.request('GET', `${chat.base}/space`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const unchanged = await chat.manager.request('GET', `${chat.base}/space`, { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    await addItem(chat.employee, chat.base, { title: 'Another topic' });
    const changed = await chat.manager.request('GET', `${chat.base}/space`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(titles(agendaOf(changed).items)).toEqual(['Topic', 'Another topic']);
  });
});
