import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi } from '../support/apiHarness';
import { chatMessage, messageActionInvoke, teamsUser } from '../bot/teamsActivities';
import { addItem, rowsInChat, rowsOfPerson, seedChat, seedCommitment, type ChatFixture } from '../oneOnOne/chatFixture';
import { BAD_IF_MATCH, BAD_PATH_IDS, bodyVariants, plausible, queryValues, sample, seededRandom, type BodyVariant, type JsonSchema } from './malformed';

/*
 * Every route of the OpenAPI document, including the bot endpoint, gets malformed variants of
 * its path ids, query, If-Match and body. No answer may be a 5xx, and a refused write may
 * leave nothing behind in the caller's partition or the chat's. FUZZ_SEED=<n> replays a run.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Requests per operation and in all, so the run stays within about a minute. */
const PER_OPERATION = 50;
const MAX_REQUESTS = 1500;

type Operation = {
  parameters?: { name: string; in: 'path' | 'query'; schema: JsonSchema }[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  security?: unknown[];
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** One request of the run, described well enough to replay by hand. */
interface Probe {
  readonly method: string;
  readonly path: string;
  readonly label: string;
  readonly query?: Record<string, string>;
  readonly ifMatch?: string;
  readonly body?: BodyVariant;
  readonly authorised: boolean;
}

let api: LocalApi;
let chat: ChatFixture;
let document: OpenApi;

beforeAll(async () => {
  api = await startTestApi();
  chat = await seedChat(api);
  document = (await (await fetch(`${api.baseUrl}/api/openapi.json`)).json()) as OpenApi;
});
afterAll(async () => {
  await api.stop();
});

/** The employee's items and the chat's agenda, so valid ids and versions stand next to the broken parts. */
async function fixtures() {
  const overview = (await chat.employee.request('GET', '/me/overview')).body as Record<string, { id: string; etag: string }[]>;
  const space = (await chat.employee.request('GET', `${chat.base}/space`)).body as { agenda: { version: string; items: { id: string; etag: string }[] } };
  return {
    goal: overview.goals?.[0],
    win: overview.wins?.[0],
    commitment: overview.commitments?.[0],
    agenda: space.agenda.items[0],
    agendaVersion: space.agenda.version,
  };
}

/** The item a `{id}` path names, by the collection it sits in. */
function itemFor(path: string, items: Awaited<ReturnType<typeof fixtures>>) {
  if (path.startsWith('/api/me/goals/')) return items.goal;
  if (path.startsWith('/api/me/wins/')) return items.win;
  if (path.startsWith('/api/me/commitments/')) return items.commitment;
  if (path.includes('/agenda/')) return items.agenda;
  return undefined;
}

/** A starting body for the bot endpoint: a valid "Log in Upward" submit by the employee, which would store a win. */
function activityBase(): unknown {
  const employee = teamsUser(chat.employee.name);
  return messageActionInvoke('composeExtension/submitAction', employee, chatMessage(employee, '<p>Thanks for the great deck!</p>'), {
    data: { kind: 'win', title: 'Great deck', impact: 'Praised by the VP', winDate: '2026-03-04', shared: 'false' },
  });
}

/** Every probe of one operation, before sampling. */
async function probesOf(path: string, method: string, operation: Operation): Promise<Probe[]> {
  const items = await fixtures();
  const item = itemFor(path, items);
  const authorised = (operation.security ?? []).length > 0;
  const realPath = path
    .replace('{chatId}', encodeURIComponent(chat.chatId))
    .replace('{id}', item?.id ?? '01JZZZZZZZZZZZZZZZZZZZZZZZ');
  const etag = item?.etag;
  const probes: Probe[] = [];
  const upper = method.toUpperCase();
  const base = { method: upper, authorised };
  const schema = operation.requestBody?.content['application/json'].schema;
  const hints = { commitmentId: items.commitment?.id, ownerObjectId: chat.employee.objectId, agendaVersion: items.agendaVersion, afterId: null };
  const bodyBase = path === '/api/messages' ? activityBase() : schema === undefined ? undefined : plausible(schema, hints);
  const defaultBody: BodyVariant | undefined = bodyBase === undefined ? undefined : { label: 'plausible body', json: bodyBase };
  const needsIfMatch = upper === 'DELETE' || (upper !== 'POST' && item !== undefined) || path.endsWith('/move');

  for (const param of operation.parameters ?? []) {
    if (param.in !== 'path') continue;
    for (const bad of BAD_PATH_IDS) {
      probes.push({ ...base, path: path.replace(`{${param.name}}`, bad).replace('{chatId}', encodeURIComponent(chat.chatId)).replace('{id}', item?.id ?? 'x'), label: `${param.name} = ${bad.slice(0, 30)}`, ifMatch: etag, body: defaultBody });
    }
  }
  for (const param of operation.parameters ?? []) {
    if (param.in !== 'query') continue;
    for (const value of queryValues(param.schema)) probes.push({ ...base, path: realPath, label: `?${param.name}=${value.slice(0, 30)}`, query: { [param.name]: value } });
  }
  if (needsIfMatch) {
    for (const ifMatch of BAD_IF_MATCH) probes.push({ ...base, path: realPath, label: `If-Match ${JSON.stringify(ifMatch)?.slice(0, 30)}`, ifMatch, body: defaultBody });
  }
  if (bodyBase !== undefined) {
    for (const body of bodyVariants(bodyBase, schema)) probes.push({ ...base, path: realPath, label: body.label, ifMatch: needsIfMatch ? etag : undefined, body });
  }
  if (authorised) {
    probes.push({ ...base, authorised: false, path: realPath, label: 'no token', ifMatch: etag, body: defaultBody });
  }
  return probes;
}

/**
 * Sends one probe on a connection of its own, so a request the host cuts short (an oversized
 * body it stops reading) is judged on its own answer, not on the next request's.
 */
function send(probe: Probe): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {};
  if (probe.authorised) headers.Authorization = `Bearer ${chat.employee.token}`;
  if (probe.ifMatch !== undefined) headers['If-Match'] = probe.ifMatch;
  let body: string | undefined;
  if (probe.body !== undefined) {
    body = 'json' in probe.body ? JSON.stringify(probe.body.json) : probe.body.raw;
    headers['Content-Type'] = 'json' in probe.body ? 'application/json' : probe.body.contentType;
  }
  const query = probe.query === undefined ? '' : `?${new URLSearchParams(probe.query).toString()}`;
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(`${api.baseUrl}${probe.path}${query}`, { method: probe.method, headers, agent: false }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    // Once the answer is in, the host closing the socket on the rest of our body is not an error.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}

/** Everything a refused write could have left behind: the employee's partition and the chat's. */
async function snapshot(): Promise<string> {
  const [personal, shared] = await Promise.all([rowsOfPerson(chat.employee), rowsInChat(chat.chatId)]);
  return JSON.stringify({ personal, shared });
}

describe(`malformed requests derived from the OpenAPI document (seed ${SEED})`, () => {
  it('no 5xx anywhere, and a refused write stores nothing', async () => {
    // Real items to aim at: one of each personal kind and an agenda item.
    const goal = await chat.employee.request('POST', '/me/goals', { body: { title: 'Fuzz goal', horizon: '1y' } });
    expect(goal.status).toBe(201);
    expect((await chat.employee.request('POST', '/me/wins', { body: { title: 'Fuzz win', date: '2026-03-01' } })).status).toBe(201);
    await seedCommitment(api, chat.employee, { title: 'Fuzz commitment', sharedInOneOnOne: true });
    await addItem(chat.employee, chat.base, { title: 'Fuzz topic' });

    const random = seededRandom(SEED);
    const failures: string[] = [];
    let sent = 0;
    let previous = '';
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.map((operation) => operation.path)).toContain('/api/messages');
    const started = Date.now();
    for (const { path, method, operation } of operations) {
      for (const probe of sample(random, await probesOf(path, method, operation), PER_OPERATION)) {
        if (sent >= MAX_REQUESTS) break;
        const write = probe.method !== 'GET';
        const before = write ? await snapshot() : '';
        const where = `${probe.method} ${probe.path.slice(0, 80)} [${probe.label}]`;
        const response = await send(probe).catch((error: unknown) => ({ status: 599, text: `no answer after ${previous}: ${String(error)}` }));
        previous = where;
        sent++;
        if (response.status >= 500) failures.push(`${where}: ${response.status} ${response.text.slice(0, 200)}`);
        if (write && response.status >= 400 && (await snapshot()) !== before) failures.push(`${where}: refused with ${response.status} but storage changed`);
      }
    }
    expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
    expect(sent).toBeGreaterThan(800);
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 120_000);
});
