import { randomUUID } from 'node:crypto';
import { odata, TableClient } from '@azure/data-tables';
import { personalPartition } from '../../api/src/domain/identity';
import { MAX_AGENDA_ITEMS } from '../../api/src/domain/oneOnOne';
import { TABLES } from '../../api/src/app/services';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { chatPartition, RosterStore } from '../../api/src/store/rosterStore';
import type { ApiProcess } from '../support/apiProcess';
import { percentile } from './load';

/** Knobs of the shared-tab bench; the defaults are what `npm run bench` measures. */
export interface SharedTabBenchOptions {
  /** The storage the API uses; required for an API in its own process, read from the config of an in-process one. */
  readonly connectionString?: string;
  /** Requests per side (API and raw). */
  readonly requests?: number;
  readonly concurrency?: number;
  readonly pastOneOnOnes?: number;
}

const TARGET_RATIO = 1.5;
const ROUNDS = 4;

type Json = Record<string, unknown>;

/** Either API host the bench can drive: in this process (tests) or in its own (`npm run bench`). */
type Target = LocalApi | ApiProcess;

function tokenFor(api: Target, user: string): Promise<string> {
  return 'issuer' in api ? api.issuer.issue(user) : api.token(user);
}

/** A minimal JSON client: the bench runs outside vitest, so it does not use the test harness. */
function clientOf(api: Target, token: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${api.baseUrl}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Json) };
  };
}

type Call = ReturnType<typeof clientOf>;

/** The body of a bench client's call, or an error naming `what` when it did not answer `status`. */
export async function expectStatus(promise: Promise<{ status: number; body: Json }>, status: number, what: string): Promise<Json> {
  const response = await promise;
  if (response.status !== status) throw new Error(`Bench seeding: ${what} answered ${response.status}, expected ${status}`);
  return response.body;
}

const notes = (n: number) => `Context for item ${n}: numbers from the last sprint review, the open questions and who needs to be in the loop.`;

/**
 * A chat as a busy pair would have it after half a year: `pastOneOnOnes` closed 1:1s of six
 * items each, a full agenda of {@link MAX_AGENDA_ITEMS} items, a few shared wins and
 * commitments (some with comments) and as many private items that must stay out.
 */
export async function seedBusyChat(api: Target, connectionString: string, pastOneOnOnes: number) {
  const suffix = randomUUID().slice(0, 8);
  const people = [`bench-emp-${suffix}`, `bench-mgr-${suffix}`];
  const [employeeToken, managerToken] = await Promise.all(people.map((name) => tokenFor(api, name)));
  if (employeeToken === undefined || managerToken === undefined) throw new Error('Bench seeding: no tokens');
  const employee = clientOf(api, employeeToken);
  const manager = clientOf(api, managerToken);
  const chatId = `19:bench${suffix}@thread.v2`;
  const base = `/chats/${encodeURIComponent(chatId)}`;
  // The roster as the bot records it when the app is added to the chat.
  const rosters = new RosterStore(TableClient.fromConnectionString(connectionString, TABLES.shared, { allowInsecureConnection: true }));
  await rosters.install(chatId, LOCAL_TENANT_ID, people.map((name) => ({ objectId: devUserObjectId(name), name })));

  const addAgenda = (call: Call, n: number) => expectStatus(call('POST', `${base}/agenda`, { title: `Talking point ${n}`, notes: notes(n) }), 201, 'add agenda item');
  for (let meeting = 0; meeting < pastOneOnOnes; meeting++) {
    const added = await Promise.all([0, 1, 2, 3, 4, 5].map((n) => addAgenda(n % 2 === 0 ? employee : manager, meeting * 10 + n)));
    // Everything is discussed except one item, which the next meeting picks up.
    for (const item of added.slice(1)) {
      await expectStatus(
        employee('PUT', `${base}/agenda/${String(item.id)}`, { title: item.title, notes: item.notes, discussed: true, outcome: 'Agreed next steps; owner named.' }, { 'If-Match': String(item.etag) }),
        200,
        'mark discussed',
      );
    }
    const space = await expectStatus(employee('GET', `${base}/space`), 200, 'load space');
    const version = String((space.agenda as Json).version);
    await expectStatus(employee('POST', `${base}/close`, { agendaVersion: version, date: `2026-0${1 + Math.floor(meeting / 10)}-${String(1 + (meeting % 10) * 2).padStart(2, '0')}` }, { 'Idempotency-Key': randomUUID() }), 201, 'close');
  }
  const open = ((await expectStatus(employee('GET', `${base}/space`), 200, 'load space')).agenda as { items: unknown[] }).items.length;
  for (let n = open; n < MAX_AGENDA_ITEMS; n++) await addAgenda(n % 2 === 0 ? employee : manager, 1000 + n);

  for (let n = 0; n < 5; n++) {
    await expectStatus(employee('POST', '/me/wins', { title: `Shared win ${n}`, impact: 'Cut build time by a third', date: '2026-11-01', sharedInOneOnOne: true }), 201, 'shared win');
    await expectStatus(employee('POST', '/me/wins', { title: `Private win ${n}`, impact: 'Not for the 1:1', date: '2026-11-01' }), 201, 'private win');
    await expectStatus(employee('POST', '/me/goals', { title: `Private goal ${n}`, horizon: '1y' }), 201, 'goal');
    const commitment = await expectStatus(employee('POST', '/me/commitments', { title: `Shared commitment ${n}`, dueDate: '2026-11-20', sharedInOneOnOne: true }), 201, 'shared commitment');
    await expectStatus(employee('POST', '/me/commitments', { title: `Private commitment ${n}` }), 201, 'private commitment');
    if (n < 3) {
      await expectStatus(manager('POST', `${base}/comments`, { commitmentId: commitment.id, ownerObjectId: devUserObjectId(people[0] ?? ''), text: 'Let us check on this next time.' }), 201, 'comment');
    }
  }
  await expectStatus(manager('POST', '/me/wins', { title: 'Manager shared win', impact: '', date: '2026-11-02', sharedInOneOnOne: true }), 201, 'manager win');
  return { chatId, base, employee, manager, token: managerToken, members: people.map((name) => devUserObjectId(name)) };
}

/** Latencies of one side, gathered over several rounds. */
class Side {
  readonly latencies: number[] = [];
  seconds = 0;
  failures = 0;
  /** CPU time of this process (API host, storage client and load generator together). */
  cpuMicros = 0;

  /** Runs `once` `total` times with `concurrency` callers in flight, timing each call. */
  async run(total: number, concurrency: number, once: () => Promise<boolean>): Promise<void> {
    let issued = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (issued < total) {
          issued += 1;
          const t0 = performance.now();
          const ok = await once();
          this.latencies.push(performance.now() - t0);
          if (!ok) this.failures += 1;
        }
      }),
    );
    this.seconds += (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    this.cpuMicros += used.user + used.system;
  }

  summary(): { p50: number; p95: number; perSecond: number; failures: number; cpuMs: number } {
    return {
      p50: percentile(this.latencies, 50),
      p95: percentile(this.latencies, 95),
      perSecond: this.latencies.length / this.seconds,
      failures: this.failures,
      cpuMs: this.cpuMicros / 1000 / this.latencies.length,
    };
  }
}

/** Reads every row `filter` matches, page by page, as a page load would; returns how many. */
export async function drain(table: TableClient, filter: string): Promise<number> {
  let rows = 0;
  for await (const page of table.listEntities({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 })) rows += page.length;
  return rows;
}

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

function line(label: string, side: Side, note: string): string {
  const m = side.summary();
  const failed = m.failures === 0 ? '' : `, ${m.failures} failed`;
  return `  ${label.padEnd(13)} p50 ${ms(m.p50)}  p95 ${ms(m.p95)}  ${m.perSecond.toFixed(0).padStart(5)} req/s  ${m.cpuMs.toFixed(2)} ms CPU/req here${failed}  (${note})`;
}

function verdict(label: string, api: Side, raw: Side): string {
  const ratio = api.summary().p95 / raw.summary().p95;
  return `  API p95 / ${label} p95 = ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x): ${ratio <= TARGET_RATIO ? 'within target' : 'OVER TARGET'}`;
}

/**
 * GET /chats/{chatId}/space under load, beside the floor it stands on: the same partitions
 * read straight with @azure/data-tables at the same concurrency, in the same run. Two floors:
 * "raw" reads the chat partition and each member's partition whole, as the brief defines it;
 * "raw, needed" reads only the chat rows a page needs (everything but the closed records,
 * which the space summarises from one history row). Each raw call runs its queries in
 * parallel, as one page load does. "CPU/req here" is the bench process's CPU per request (the
 * load generator and the raw storage client, plus the API when it runs in this process): a
 * steadier signal than latency on a busy machine.
 */
export async function benchSharedTab(api: LocalApi, options?: SharedTabBenchOptions): Promise<string[]>;
export async function benchSharedTab(api: ApiProcess, options: SharedTabBenchOptions & { readonly connectionString: string }): Promise<string[]>;
export async function benchSharedTab(api: Target, options: SharedTabBenchOptions = {}): Promise<string[]> {
  const requests = options.requests ?? 2000;
  const concurrency = options.concurrency ?? 32;
  const pastOneOnOnes = options.pastOneOnOnes ?? 20;
  const tables = 'services' in api ? api.services.config.tables : undefined;
  const connectionString = options.connectionString ?? (tables?.kind === 'connectionString' ? tables.connectionString : undefined);
  if (connectionString === undefined) throw new Error('The shared-tab bench runs against local storage: give it the connection string.');

  const chat = await seedBusyChat(api, connectionString, pastOneOnOnes);
  const sample = await chat.manager('GET', `${chat.base}/space`);
  if (sample.status !== 200) throw new Error(`GET /space answered ${sample.status}`);
  const agendaItems = (sample.body.agenda as { items: unknown[] }).items.length;
  const sharedWins = (sample.body.sharedWins as unknown[]).length;
  const sharedCommitments = (sample.body.sharedCommitments as unknown[]).length;
  const bytes = JSON.stringify(sample.body).length;

  const shared = TableClient.fromConnectionString(connectionString, TABLES.shared, { allowInsecureConnection: true });
  const personal = TableClient.fromConnectionString(connectionString, TABLES.personal, { allowInsecureConnection: true });
  const partition = chatPartition(chat.chatId);
  const wholeChat = odata`PartitionKey eq ${partition}`;
  const neededChat = odata`PartitionKey eq ${partition} and RowKey lt ${'record_'}`;
  const memberFilters = chat.members.map((objectId) => odata`PartitionKey eq ${personalPartition({ tenantId: LOCAL_TENANT_ID, objectId })}`);
  const [wholeRows, neededRows] = await Promise.all([drain(shared, wholeChat), drain(shared, neededChat)]);

  const url = `${api.baseUrl}/api${chat.base}/space`;
  const headers = { Authorization: `Bearer ${chat.token}` };
  const apiOnce = async () => {
    // The load generator only reads the bytes: parsing them is the page's cost, not the API's.
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    return response.status === 200;
  };
  const rawOnce = (chatFilter: string) => async () => {
    await Promise.all([drain(shared, chatFilter), ...memberFilters.map((filter) => drain(personal, filter))]);
    return true;
  };
  const sides = [
    { side: new Side(), once: apiOnce },
    { side: new Side(), once: rawOnce(wholeChat) },
    { side: new Side(), once: rawOnce(neededChat) },
  ] as const;

  // Warm every path, then alternate them in rounds so all see the same background load.
  for (const { once } of sides) await new Side().run(Math.min(200, requests), concurrency, once);
  const perRound = Math.ceil(requests / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (const { side, once } of sides) await side.run(perRound, concurrency, once);
  }
  const [viaApi, raw, rawNeeded] = sides.map(({ side }) => side);
  if (viaApi === undefined || raw === undefined || rawNeeded === undefined) throw new Error('Bench: a side is missing');

  return [
    `shared 1:1 tab, GET /space: ${agendaItems}-item agenda, ${pastOneOnOnes} past 1:1s, ${chat.members.length} members, ${sharedWins} shared wins, ${sharedCommitments} shared commitments (${(bytes / 1024).toFixed(1)} KiB); ${perRound * ROUNDS} requests per side in ${ROUNDS} alternating rounds, ${concurrency} concurrent clients`,
    line('API', viaApi, 'roster check + chat rows + members\' partitions'),
    line('raw', raw, `chat partition whole, ${wholeRows} rows + ${chat.members.length} personal partitions`),
    line('raw, needed', rawNeeded, `chat partition without records, ${neededRows} rows + ${chat.members.length} personal partitions`),
    verdict('raw', viaApi, raw),
    // Not held to the target: the floor reads fewer rows, and the API's first load of a chat on an instance takes two rounds.
    `  API p95 / raw, needed p95 = ${(viaApi.summary().p95 / rawNeeded.summary().p95).toFixed(2)}x (a floor without the records; the API reads members' partitions alongside the roster check from the roster it last saw, after it on a chat's first load)`,
  ];
}
