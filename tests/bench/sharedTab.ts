import { randomUUID } from 'node:crypto';
import { odata, TableClient } from '@azure/data-tables';
import { personalPartition } from '../../api/src/domain/identity';
import { MAX_AGENDA_ITEMS } from '../../api/src/domain/oneOnOne';
import { TABLES } from '../../api/src/http/services';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/local/devIssuer';
import type { LocalApi } from '../../api/src/local/stack';
import { chatPartition } from '../../api/src/store/rosterStore';

/** Knobs of the shared-tab bench; the defaults are what `npm run bench` measures. */
export interface SharedTabBenchOptions {
  /** Requests per side (API and raw). */
  readonly requests?: number;
  readonly concurrency?: number;
  readonly pastOneOnOnes?: number;
}

const TARGET_RATIO = 1.5;
const ROUNDS = 4;

type Json = Record<string, unknown>;

/** A minimal JSON client: the bench runs outside vitest, so it does not use the test harness. */
function clientOf(api: LocalApi, token: string) {
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

async function expectStatus(promise: Promise<{ status: number; body: Json }>, status: number, what: string): Promise<Json> {
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
async function seed(api: LocalApi, pastOneOnOnes: number) {
  const suffix = randomUUID().slice(0, 8);
  const people = [`bench-emp-${suffix}`, `bench-mgr-${suffix}`];
  const [employeeToken, managerToken] = await Promise.all(people.map((name) => api.issuer.issue(name)));
  if (employeeToken === undefined || managerToken === undefined) throw new Error('Bench seeding: no tokens');
  const employee = clientOf(api, employeeToken);
  const manager = clientOf(api, managerToken);
  const chatId = `19:bench${suffix}@thread.v2`;
  const base = `/chats/${encodeURIComponent(chatId)}`;
  await api.services.rosters.install(chatId, LOCAL_TENANT_ID, people.map((name) => ({ objectId: devUserObjectId(name), name })));

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
  return { chatId, base, manager, token: managerToken, members: people.map((name) => devUserObjectId(name)) };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
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
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      perSecond: sorted.length / this.seconds,
      failures: this.failures,
      cpuMs: this.cpuMicros / 1000 / sorted.length,
    };
  }
}

async function drain(table: TableClient, filter: string): Promise<number> {
  let rows = 0;
  for await (const page of table.listEntities({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 })) rows += page.length;
  return rows;
}

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

/**
 * GET /chats/{chatId}/space under load, beside the floor it stands on: the same partitions
 * read straight with @azure/data-tables at the same concurrency. The raw side reads the chat
 * partition (roster, agenda, comments, history; not the records, which the space does not
 * load) and each member's whole personal partition, all in parallel, as one page load would.
 */
export async function benchSharedTab(api: LocalApi, options: SharedTabBenchOptions = {}): Promise<string[]> {
  const requests = options.requests ?? 2000;
  const concurrency = options.concurrency ?? 32;
  const pastOneOnOnes = options.pastOneOnOnes ?? 20;
  const tables = api.services.config.tables;
  if (tables.kind !== 'connectionString') throw new Error('The shared-tab bench runs against local storage (a connection string).');

  const chat = await seed(api, pastOneOnOnes);
  const sample = await chat.manager('GET', `${chat.base}/space`);
  if (sample.status !== 200) throw new Error(`GET /space answered ${sample.status}`);
  const agendaItems = ((sample.body.agenda as { items: unknown[] }).items).length;
  const sharedWins = (sample.body.sharedWins as unknown[]).length;
  const sharedCommitments = (sample.body.sharedCommitments as unknown[]).length;
  const bytes = JSON.stringify(sample.body).length;

  const shared = TableClient.fromConnectionString(tables.connectionString, TABLES.shared, { allowInsecureConnection: true });
  const personal = TableClient.fromConnectionString(tables.connectionString, TABLES.personal, { allowInsecureConnection: true });
  const partition = chatPartition(chat.chatId);
  const chatFilter = odata`PartitionKey eq ${partition} and RowKey lt ${'record_'}`;
  const memberFilters = chat.members.map((objectId) => odata`PartitionKey eq ${personalPartition({ tenantId: LOCAL_TENANT_ID, objectId })}`);

  const url = `${api.baseUrl}/api${chat.base}/space`;
  const headers = { Authorization: `Bearer ${chat.token}` };
  const apiOnce = async () => {
    // The load generator only reads the bytes: parsing them is the page's cost, not the API's.
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    return response.status === 200;
  };
  const rawOnce = async () => {
    await Promise.all([drain(shared, chatFilter), ...memberFilters.map((filter) => drain(personal, filter))]);
    return true;
  };

  // Warm both paths, then alternate them in rounds so both see the same background load.
  await new Side().run(Math.min(200, requests), concurrency, apiOnce);
  await new Side().run(Math.min(200, requests), concurrency, rawOnce);
  const viaApi = new Side();
  const direct = new Side();
  const perRound = Math.ceil(requests / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    await viaApi.run(perRound, concurrency, apiOnce);
    await direct.run(perRound, concurrency, rawOnce);
  }
  const a = viaApi.summary();
  const r = direct.summary();
  const ratio = a.p95 / r.p95;

  return [
    `shared 1:1 tab, GET /space: ${agendaItems}-item agenda, ${pastOneOnOnes} past 1:1s, ${chat.members.length} members, ${sharedWins} shared wins, ${sharedCommitments} shared commitments (${(bytes / 1024).toFixed(1)} KiB); ${perRound * ROUNDS} requests per side in ${ROUNDS} alternating rounds, ${concurrency} concurrent clients`,
    `  API  p50 ${ms(a.p50)}  p95 ${ms(a.p95)}  ${a.perSecond.toFixed(0).padStart(5)} req/s  ${a.cpuMs.toFixed(2)} ms CPU/req in this process${a.failures === 0 ? '' : `  (${a.failures} failed)`}`,
    `  raw  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  ${r.perSecond.toFixed(0).padStart(5)} req/s  ${r.cpuMs.toFixed(2)} ms CPU/req in this process  (chat partition + ${chat.members.length} personal partitions, in parallel)`,
    `  API p95 / raw p95 = ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x): ${ratio <= TARGET_RATIO ? 'within target' : 'OVER TARGET'}`,
  ];
}
