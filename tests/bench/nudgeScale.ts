import { randomUUID } from 'node:crypto';
import { TableClient, odata, type TableEntity, type TransactionAction } from '@azure/data-tables';
import { createServices, TABLES } from '../../api/src/app/services';
import { sweepDueNudges } from '../../api/src/app/nudgeSweep';
import { personalPartition } from '../../api/src/domain/identity';
import { DUE_ENTRY_VERSION } from '../../api/src/domain/nudges/dueEntry';
import { RECURRING_NUDGE_KINDS } from '../../api/src/domain/nudges/recurringNudges';
import { BUCKET_MINUTES, bucketOf } from '../../api/src/domain/nudges/timeBuckets';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { ApiProcess } from '../support/apiProcess';
import { formatLoad, percentile, runLoad } from './load';
import { postAs } from './postAs';

const COMMITMENTS_PER_USER = 20;
const DAYS_AHEAD = 30;
const SWEEPS = 5;
const SWEEP_TARGET_MS = 5000;
const BUCKET_MS = BUCKET_MINUTES * 60_000;
const BUCKETS = (DAYS_AHEAD * 24 * 60) / BUCKET_MINUTES;
/** The window every sweep is timed in: tomorrow at 09:00 UTC, a busy hour for reminders. */
const windowStart = new Date(Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 9 * 3_600_000);

/** Writes entities in transactions of 100 per partition, 8 at a time: how a bench fills a table fast. */
async function writeAll(table: TableClient, entities: readonly TableEntity[]): Promise<void> {
  const byPartition = new Map<string, TableEntity[]>();
  for (const entity of entities) byPartition.set(entity.partitionKey, [...(byPartition.get(entity.partitionKey) ?? []), entity]);
  const batches: TableEntity[][] = [];
  for (const rows of byPartition.values()) for (let i = 0; i < rows.length; i += 100) batches.push(rows.slice(i, i + 100));
  await runLoad({
    concurrency: 8,
    total: batches.length,
    action: async (i) => {
      const actions: TransactionAction[] = (batches[i] ?? []).map((entity) => ['upsert', entity, 'Replace']);
      await table.submitTransaction(actions);
    },
  });
}

/** `users` more users' nudges in the index of due work (three in four commitment reminders, one a recurring nudge), 20 each, spread over the next 30 days (`extraInWindow` more in the timed window). */
function dueRows(users: number, extraInWindow = 0): TableEntity[] {
  const rows: TableEntity[] = [];
  let written = 0;
  // Both shapes the index holds: commitment reminders as version-1 rows (upgraded on read), and
  // one row in four a version-2 recurring nudge (1:1 tomorrow, update due, log your wins).
  const entry = (objectId: string, sendAt: Date) => {
    const nudgeId = randomUUID();
    const keys = { partitionKey: `due_${bucketOf(sendAt)}`, rowKey: nudgeId, nudgeId, tenantId: LOCAL_TENANT_ID, objectId, sendAt: sendAt.toISOString() };
    const date = sendAt.toISOString().slice(0, 10);
    const kind = RECURRING_NUDGE_KINDS[written % RECURRING_NUDGE_KINDS.length] ?? 'weeklyWins';
    written += 1;
    if (written % 4 !== 0) return { ...keys, commitmentId: randomUUID(), nudge: 'dueTomorrow', dueDate: date };
    return { ...keys, schemaVersion: DUE_ENTRY_VERSION, kind, subjectId: kind === 'oneOnOneTomorrow' ? `19:${randomUUID()}@thread.v2` : 'me', occurrence: date };
  };
  for (let user = 0; user < users; user += 1) {
    const objectId = randomUUID();
    for (let c = 0; c < COMMITMENTS_PER_USER; c += 1) rows.push(entry(objectId, new Date(windowStart.getTime() - 7 * 86_400_000 + Math.floor(Math.random() * BUCKETS) * BUCKET_MS + 60_000)));
  }
  for (let i = 0; i < extraInWindow; i += 1) rows.push(entry(randomUUID(), new Date(windowStart.getTime() + 60_000)));
  return rows;
}

/** `users` people's own partitions in the personal table, 20 commitment-shaped rows each: neighbours the overview never reads. */
function personalRows(users: number): TableEntity[] {
  const rows: TableEntity[] = [];
  for (let user = 0; user < users; user += 1) {
    const partitionKey = personalPartition({ tenantId: LOCAL_TENANT_ID, objectId: randomUUID() });
    for (let c = 0; c < COMMITMENTS_PER_USER; c += 1) rows.push({ partitionKey, rowKey: `commitment_${randomUUID()}`, kind: 'commitment', schemaVersion: 1, status: 'open', body: JSON.stringify({ title: `Commitment ${c}` }) });
  }
  return rows;
}

/**
 * Nudges at scale: the sweep of one window with 1,000 and 10,000 users' reminders in the index
 * (20 each over 30 days), and a window with 2,000 more due; and one user's overview with 1,
 * 1,000 and 10,000 users in the personal table, beside the raw query of its partition. The
 * sweep reads only its window's partition, so its time follows what is due, not who exists;
 * the overview reads one partition, so it costs what storage's partition query costs.
 */
export async function benchNudgeScale(api: ApiProcess, connectionString: string, user: string): Promise<string[]> {
  // Only the stores are used: the sweep reads the index and enqueues into the bench's no-op.
  const services = createServices(
    { mode: 'local', tables: { kind: 'connectionString', connectionString }, auth: { jwksUri: 'http://127.0.0.1:9/jwks', issuer: 'http://127.0.0.1:9/{tid}', audiences: [], requiredScope: 'access_as_user', allowedTenants: [] }, bot: undefined, corsOrigin: 'http://localhost' },
    { log: { info: () => undefined, error: () => undefined } },
  );
  const nudges = TableClient.fromConnectionString(connectionString, TABLES.nudges, { allowInsecureConnection: true });
  const personal = TableClient.fromConnectionString(connectionString, TABLES.personal, { allowInsecureConnection: true });
  await nudges.createTable().catch(() => undefined);
  const now = new Date(windowStart.getTime() + 5 * 60_000);

  const sweep = async (): Promise<{ ms: number[]; due: number }> => {
    const ms: number[] = [];
    let due = 0;
    for (let run = 0; run < SWEEPS; run += 1) {
      // Each run starts from "never swept": one window to read.
      await nudges.deleteEntity('sweep', 'state').catch(() => undefined);
      const t0 = performance.now();
      due = await sweepDueNudges(services, now, async () => undefined);
      ms.push(performance.now() - t0);
    }
    return { ms, due };
  };
  const line = (label: string, result: { ms: number[]; due: number }) =>
    `  ${label.padEnd(42)} ${String(result.due).padStart(5)} due   median ${percentile(result.ms, 50).toFixed(1).padStart(7)} ms   max ${Math.max(...result.ms).toFixed(1).padStart(7)} ms   ${Math.max(...result.ms) < SWEEP_TARGET_MS ? 'ok' : 'OVER TARGET'}`;

  const post = await postAs(api, user);
  for (let i = 0; i < COMMITMENTS_PER_USER; i += 1) await post('/me/commitments', { title: `Commitment ${i}`, toWhom: 'Morgan', dueDate: new Date(Date.now() + (i + 2) * 86_400_000).toISOString().slice(0, 10) });
  const token = await api.token(user);
  const overview = () =>
    runLoad({
      // One at a time: the figure is what one user waits, not the table's throughput.
      concurrency: 1,
      total: 50,
      action: async () => {
        const response = await fetch(`${api.baseUrl}/api/me/overview`, { headers: { Authorization: `Bearer ${token}` } });
        if (!response.ok) throw new Error(`The overview answered ${response.status}: ${await response.text()}`);
        const body = (await response.json()) as { commitments: unknown[] };
        if (body.commitments.length !== COMMITMENTS_PER_USER) throw new Error('The overview is missing commitments');
      },
    });

  // The same partition read straight from storage: what the table's size costs storage itself.
  const partition = personalPartition({ tenantId: LOCAL_TENANT_ID, objectId: devUserObjectId(user) });
  const raw = () =>
    runLoad({
      // One at a time: the figure is what one user waits, not the table's throughput.
      concurrency: 1,
      total: 50,
      action: async () => {
        let rows = 0;
        for await (const entity of personal.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${partition}` } })) if (entity.partitionKey === partition) rows += 1;
        if (rows < COMMITMENTS_PER_USER) throw new Error('The raw query is missing rows');
      },
    });
  const overviewBesideRaw = async (label: string) => [formatLoad(`  overview, ${label}`, await overview()), formatLoad(`  raw partition query, ${label}`, await raw())];

  const lines = [`Nudges at scale (${COMMITMENTS_PER_USER} reminders per user over ${DAYS_AHEAD} days; sweep target < ${SWEEP_TARGET_MS} ms; overview flat within noise)`];
  lines.push(...(await overviewBesideRaw('1 user in the table')));
  await writeAll(nudges, dueRows(1000));
  await writeAll(personal, personalRows(999));
  lines.push(line('sweep, 1,000 users in the index', await sweep()));
  lines.push(...(await overviewBesideRaw('1,000 users')));
  await writeAll(nudges, dueRows(9000));
  await writeAll(personal, personalRows(9000));
  lines.push(line('sweep, 10,000 users in the index', await sweep()));
  lines.push(...(await overviewBesideRaw('10,000 users')));
  await writeAll(nudges, dueRows(0, 2000));
  lines.push(line('sweep, 10,000 users, 2,000 more due', await sweep()));
  return lines;
}
