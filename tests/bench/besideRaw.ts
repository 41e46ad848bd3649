import { TableClient, odata } from '@azure/data-tables';
import { TABLES } from '../../api/src/app/services';
import { personalPartition } from '../../api/src/domain/identity';
import { LOCAL_TENANT_ID, devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import type { ApiProcess } from '../support/apiProcess';
import { combineLoads, formatLoad, runLoad, type LoadResult } from './load';

const CONCURRENCY = 32;
const REQUESTS = 640;
// Both sides alternate in rounds, so a burst of background load falls on both, not on one.
const ROUNDS = 4;

/** One personal screen's read, measured against the partition query under it. */
export interface BesideRawOptions {
  readonly title: string;
  readonly user: string;
  /** The API route, e.g. `/me/overview`. */
  readonly path: string;
  /** Throws when the body is not the full screen (a fast wrong answer must not count). */
  readonly check: (body: unknown) => void;
  /** Rows the raw query must find at least. */
  readonly rows: number;
  /** Most the API's p95 may be, as a multiple of the raw query's. */
  readonly target: number;
}

/**
 * The API's p95 for a personal read beside the raw @azure/data-tables query of the same
 * partition, under the same concurrent load: what the API adds (auth, parsing, validation,
 * shaping) over storage itself.
 */
export async function benchBesideRaw(api: ApiProcess, connectionString: string, options: BesideRawOptions): Promise<string[]> {
  const token = await api.token(options.user);
  const viaApi = async () => {
    const response = await fetch(`${api.baseUrl}/api${options.path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${options.path} answered ${response.status}: ${await response.text()}`);
    options.check(await response.json());
  };
  const table = TableClient.fromConnectionString(connectionString, TABLES.personal, { allowInsecureConnection: true });
  const partition = personalPartition({ tenantId: LOCAL_TENANT_ID, objectId: devUserObjectId(options.user) });
  const raw = async () => {
    let count = 0;
    for await (const page of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${partition}` } }).byPage({ maxPageSize: 1000 })) {
      count += page.length;
    }
    if (count < options.rows) throw new Error('Raw query is missing items');
  };
  await runLoad({ concurrency: CONCURRENCY, total: CONCURRENCY, action: viaApi });
  await runLoad({ concurrency: CONCURRENCY, total: CONCURRENCY, action: raw });
  const apiRounds: LoadResult[] = [];
  const rawRounds: LoadResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    apiRounds.push(await runLoad({ concurrency: CONCURRENCY, total: REQUESTS / ROUNDS, action: viaApi }));
    rawRounds.push(await runLoad({ concurrency: CONCURRENCY, total: REQUESTS / ROUNDS, action: raw }));
  }
  const apiResult = combineLoads(apiRounds);
  const rawResult = combineLoads(rawRounds);
  const ratio = apiResult.p95 / rawResult.p95;
  return [
    `${options.title}, ${CONCURRENCY} concurrent clients, ${ROUNDS} alternating rounds`,
    formatLoad(`  API GET /api${options.path}`, apiResult),
    formatLoad('  raw @azure/data-tables partition query', rawResult),
    `  API p95 / raw p95 = ${ratio.toFixed(2)}x (target <= ${options.target}x)`,
  ];
}
