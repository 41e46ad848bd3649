import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { COMMITMENTS_STILL_OPEN } from '../../api/src/domain/feedback';
import { DELETE_ALL_CONFIRMATION, exportSchema } from '../../api/src/domain/export';
import { startTestApi, type Client, type ClientResponse } from '../support/apiHarness';
import { addItem, agendaOf, rowsOfPerson, seedChat, setRoles } from '../oneOnOne/chatFixture';
import { postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { actionReply, chatMessage, fetchForm, messageActionInvoke, submittedValues, teamsUser } from '../bot/teamsActivities';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function ok(response: Promise<ClientResponse>): Promise<Record<string, unknown>> {
  const answered = await response;
  expect(answered.status, JSON.stringify(answered.body)).toBeLessThan(300);
  return answered.body;
}

interface Entry {
  feedback: Record<string, unknown> & { id: string; etag: string; commitmentIds: string[] };
  status: string;
  commitments: { id: string; title: string; status: string }[];
  aboutTitle?: string;
}

async function summary(client: Client, today = '2026-12-03'): Promise<{ entries: Entry[]; figure: { actedOn: number; medianDaysToAct?: number } }> {
  return (await ok(client.request('GET', `/me/feedback/summary?today=${today}`))) as never;
}

const said = { giver: 'Morgan', receivedOn: '2026-11-20', text: 'Send the Q3 review deck a day ahead so I can read it.' };

describe('feedback, end to end over the API', () => {
  it('received, acted on through commitments linked both ways, then acted on with a note, and counted in the figure', async () => {
    const { employee: avery } = await seedChat(api);
    const goal = await ok(avery.request('POST', '/me/goals', { body: { title: 'Run a great Q3 review', horizon: '1y' } }));
    const created = await ok(avery.request('POST', '/me/feedback', { body: { ...said, about: { kind: 'goal', id: goal.id }, question: 'How could I have made the Q3 review better?' } }));
    expect(created).toMatchObject({ ...said, origin: 'byHand', praise: false, commitmentIds: [] });

    let entry = (await summary(avery)).entries[0];
    expect(entry).toMatchObject({ status: 'open', aboutTitle: 'Run a great Q3 review', commitments: [] });

    const acted = await avery.request('POST', `/me/feedback/${String(created.id)}/commitments`, {
      body: { commitments: [{ title: 'Send decks a day ahead', dueDate: '2099-01-10' }, { title: 'Add a one-line summary' }] },
      headers: { 'If-Match': String(created.etag) },
    });
    expect(acted.status, JSON.stringify(acted.body)).toBe(201);
    entry = acted.body as unknown as Entry;
    expect(entry.status).toBe('acting');
    expect(entry.commitments.map((commitment) => commitment.title)).toEqual(['Send decks a day ahead', 'Add a one-line summary']);
    // The same request again is based on an old version: 412 with the current one, and no second pair of commitments.
    const retried = await avery.request('POST', `/me/feedback/${String(created.id)}/commitments`, { body: { commitments: [{ title: 'Twin' }] }, headers: { 'If-Match': String(created.etag) } });
    expect(retried.status).toBe(412);
    const commitments = (await ok(avery.request('GET', '/me/commitments'))).items as Record<string, unknown>[];
    expect(commitments.map((commitment) => [commitment.title, commitment.fromFeedbackId])).toEqual(
      expect.arrayContaining([
        ['Send decks a day ahead', created.id],
        ['Add a one-line summary', created.id],
      ]),
    );
    expect(commitments).toHaveLength(2);

    const resolution = { state: 'actedOn', on: '2026-11-30', note: 'Decks go out the day before, with a summary on top.' };
    const early = await avery.request('PUT', `/me/feedback/${String(created.id)}`, { body: { ...said, resolution }, headers: { 'If-Match': entry.feedback.etag } });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([{ path: 'resolution', message: COMMITMENTS_STILL_OPEN }]);

    for (const commitment of commitments) {
      const body = { title: commitment.title, details: commitment.details, toWhom: commitment.toWhom, dueDate: commitment.dueDate, status: 'done', doneOn: '2026-11-28' };
      const done = await avery.request('PUT', `/me/commitments/${String(commitment.id)}`, { body, headers: { 'If-Match': String(commitment.etag) } });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      // An edit keeps the link the server made.
      expect(done.body.fromFeedbackId).toBe(created.id);
    }
    expect((await summary(avery)).entries[0]?.status).toBe('open');

    const closed = await avery.request('PUT', `/me/feedback/${String(created.id)}`, { body: { ...said, resolution }, headers: { 'If-Match': entry.feedback.etag } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    // An edit keeps the links to the commitments.
    expect(closed.body.commitmentIds).toEqual(entry.feedback.commitmentIds);
    const after = await summary(avery);
    expect(after.entries[0]?.status).toBe('actedOn');
    expect(after.figure).toEqual({ actedOn: 1, medianDaysToAct: 10 });
    // 180 days on, it no longer counts.
    expect((await summary(avery, '2027-06-01')).figure).toEqual({ actedOn: 0 });
  });

  it('refuses bad input with a 400 naming the field, and stores nothing', async () => {
    const { employee: avery } = await seedChat(api);
    const before = await rowsOfPerson(avery);
    const refusals: [Record<string, unknown>, string][] = [
      [{ ...said, giver: '' }, 'giver'],
      [{ ...said, text: '   ' }, 'text'],
      [{ ...said, receivedOn: '2026-13-01' }, 'receivedOn'],
      [{ ...said, about: { kind: 'priority', id: '01JD0000000000000000000000' } }, 'about.kind'],
      [{ ...said, about: { kind: 'win', id: '01JD0000000000000000000000' } }, 'about.id'],
      [{ ...said, resolution: { state: 'setAside', on: '2026-11-21', reason: '' } }, 'resolution.reason'],
      [{ ...said, commitmentIds: ['01JD0000000000000000000000'] }, ''],
      [{ ...said, source: { messageId: 'forged' } }, ''],
    ];
    for (const [body, field] of refusals) {
      const response = await avery.request('POST', '/me/feedback', { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      if (field !== '') expect((response.body.errors as { path: string }[]).map((error) => error.path)).toContain(field);
    }
    const created = await ok(avery.request('POST', '/me/feedback', { body: said }));
    const rows = await rowsOfPerson(avery);
    const noCommitments = await avery.request('POST', `/me/feedback/${String(created.id)}/commitments`, { body: { commitments: [] }, headers: { 'If-Match': String(created.etag) } });
    expect(noCommitments.status).toBe(400);
    expect((noCommitments.body.errors as { path: string }[])[0]?.path).toBe('commitments');
    expect(await rowsOfPerson(avery)).toEqual(rows);
    expect(rows.length).toBe(before.length + 1);
  });

  it('a stale edit gets 412 with the current version and overwrites nothing', async () => {
    const { employee: avery } = await seedChat(api);
    const created = await ok(avery.request('POST', '/me/feedback', { body: said }));
    await ok(avery.request('PUT', `/me/feedback/${String(created.id)}`, { body: { ...said, text: 'Newer' }, headers: { 'If-Match': String(created.etag) } }));
    const stale = await avery.request('PUT', `/me/feedback/${String(created.id)}`, { body: { ...said, text: 'Older' }, headers: { 'If-Match': String(created.etag) } });
    expect(stale.status).toBe(412);
    expect(JSON.stringify(stale.body)).toContain('Newer');
    expect((await ok(avery.request('GET', `/me/feedback/${String(created.id)}`))).text).toBe('Newer');
  });
});

describe('feedback through the 1:1', () => {
  it('a feedback question on the agenda saves as the employee\'s feedback in one step, from the manager; the manager gets 403', async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const question = await addItem(chat.employee, chat.base, { title: 'How could I have made the Q3 review better?', feedbackQuestion: true });
    expect(question).toMatchObject({ kind: 'question', feedbackQuestion: true });
    const body = { text: 'Fewer slides, more numbers.', receivedOn: '2026-12-03' };
    const managerRows = await rowsOfPerson(chat.manager);
    expect((await chat.manager.request('POST', `${chat.base}/agenda/${String(question.id)}/save-as-feedback`, { body })).status).toBe(403);
    expect((await chat.outsider.request('POST', `${chat.base}/agenda/${String(question.id)}/save-as-feedback`, { body })).status).toBe(403);
    expect(await rowsOfPerson(chat.manager)).toEqual(managerRows);

    const key = randomUUID();
    const saved = await chat.employee.request('POST', `${chat.base}/agenda/${String(question.id)}/save-as-feedback`, { body, headers: { 'Idempotency-Key': key } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body).toMatchObject({ giver: chat.manager.name, text: body.text, question: 'How could I have made the Q3 review better?', origin: 'oneOnOne', receivedOn: '2026-12-03' });
    const again = await chat.employee.request('POST', `${chat.base}/agenda/${String(question.id)}/save-as-feedback`, { body, headers: { 'Idempotency-Key': key } });
    expect(again.body.id).toBe(saved.body.id);
    expect((await summary(chat.employee)).entries).toHaveLength(1);

    const topic = await addItem(chat.employee, chat.base, { title: 'Holiday plans' });
    const refused = await chat.employee.request('POST', `${chat.base}/agenda/${String(topic.id)}/save-as-feedback`, { body });
    expect(refused.status).toBe(400);
  });

  it('"Tell them what changed" puts the suggestion and the change on the agenda, naming the giver only when asked; only for acted-on feedback', async () => {
    const chat = await seedChat(api);
    const created = await ok(chat.employee.request('POST', '/me/feedback', { body: { ...said, giver: 'Jordan Secretname' } }));
    const notYet = await chat.employee.request('POST', `${chat.base}/agenda/tell-what-changed`, { body: { feedbackId: created.id } });
    expect(notYet.status).toBe(400);
    expect((notYet.body.errors as { path: string }[])[0]?.path).toBe('feedbackId');
    await ok(chat.employee.request('PUT', `/me/feedback/${String(created.id)}`, { body: { ...said, giver: 'Jordan Secretname', resolution: { state: 'actedOn', on: '2026-11-25', note: 'Decks go out a day ahead.' } }, headers: { 'If-Match': String(created.etag) } }));

    const told = await chat.employee.request('POST', `${chat.base}/agenda/tell-what-changed`, { body: { feedbackId: created.id }, headers: { 'Idempotency-Key': randomUUID() } });
    expect(told.status, JSON.stringify(told.body)).toBe(201);
    expect(told.body).toMatchObject({ title: `You suggested “${said.text}”; here is what I changed`, notes: 'Decks go out a day ahead.' });
    const space = JSON.stringify((await ok(chat.manager.request('GET', `${chat.base}/space`))));
    expect(space).toContain('here is what I changed');
    expect(space).not.toContain('Secretname');

    const named = await chat.employee.request('POST', `${chat.base}/agenda/tell-what-changed`, { body: { feedbackId: created.id, nameGiver: true } });
    expect(named.body.title).toMatch(/^Jordan Secretname, you suggested/);
    // Someone else's feedback id is nobody's.
    const foreign = await chat.manager.request('POST', `${chat.base}/agenda/tell-what-changed`, { body: { feedbackId: created.id } });
    expect(foreign.status).toBe(400);
    expect(agendaOf(await chat.manager.request('GET', `${chat.base}/space`)).items).toHaveLength(2);
  });

  it('no response the manager can get holds anything of private feedback', async () => {
    const chat = await seedChat(api);
    await setRoles(chat);
    const secret = `SECRET${randomUUID().slice(0, 6)}`;
    const { employee, manager, base } = chat;
    const commitment = await ok(employee.request('POST', '/me/commitments', { body: { title: 'Shared promise', sharedInOneOnOne: true } }));
    const win = await ok(employee.request('POST', '/me/wins', { body: { title: 'Shared win', date: '2026-11-20', sharedInOneOnOne: true } }));
    const created = await ok(employee.request('POST', '/me/feedback', { body: { giver: `${secret} giver`, receivedOn: '2026-11-20', text: `${secret} said`, question: `${secret} asked`, about: { kind: 'win', id: win.id } } }));
    await ok(employee.request('POST', `/me/feedback/${String(created.id)}/commitments`, { body: { commitments: [{ title: 'Private follow-up' }] }, headers: { 'If-Match': String(created.etag) } }));
    const question = await addItem(employee, base, { title: 'Any feedback on my demo?', feedbackQuestion: true });
    await ok(employee.request('POST', `${base}/agenda/${String(question.id)}/save-as-feedback`, { body: { text: `${secret} from the 1:1`, receivedOn: '2026-12-03' } }));
    // And from a message, through the message extension, as Teams sends it.
    const asBot = teamsUser(employee.name);
    const message = chatMessage(teamsUser(manager.name), `<p>${secret} next time, fewer slides</p>`);
    const card = await fetchForm(api.baseUrl, asBot, message);
    const logged = await postActivity(api.baseUrl, messageActionInvoke('composeExtension/submitAction', asBot, message, { data: { ...submittedValues(card), kind: 'feedback' } }));
    expect(actionReply(logged.body).message).toContain('Saved as feedback');
    expect((await summary(employee)).entries).toHaveLength(3);

    const seen: string[] = [];
    for (const path of [`${base}/space`, `${base}/space?today=2026-12-03`, '/me/overview', '/me/manager', '/me/feedback', '/me/feedback/summary', '/me/export', '/me/commitments']) {
      seen.push(JSON.stringify(await ok(manager.request('GET', path))));
    }
    seen.push(JSON.stringify(await ok(manager.request('POST', `${base}/comments`, { body: { commitmentId: commitment.id, ownerObjectId: employee.objectId, text: 'Nice' } }))));
    for (const text of seen) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(String(created.id));
    }
    expect(seen[0]).toContain('Shared promise');
  });

  it('export holds my feedback and delete removes it', async () => {
    const { employee: avery } = await seedChat(api);
    const created = await ok(avery.request('POST', '/me/feedback', { body: said }));
    const exported = exportSchema.parse((await ok(avery.request('GET', '/me/export'))));
    expect(exported.items.feedback.map((item) => item.id)).toEqual([created.id]);
    expect(JSON.stringify(exported.items.feedback)).not.toContain('etag');
    const deleted = await avery.request('DELETE', '/me/data', { headers: { [DELETE_ALL_CONFIRMATION.header]: DELETE_ALL_CONFIRMATION.value } });
    expect(deleted.status).toBe(204);
    expect((await summary(avery)).entries).toEqual([]);
    expect(exportSchema.parse(await ok(avery.request('GET', '/me/export'))).items.feedback).toEqual([]);
  });
});
