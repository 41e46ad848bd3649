import { TableClient, odata } from '@azure/data-tables';
import { personalPartition } from '../../api/src/domain/identity';
import { LOCAL_TENANT_ID, devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import type { ApiProcess } from '../support/apiProcess';
import { TABLES } from '../../api/src/app/services';
import { formatLoad, runLoad } from './load';

const CONCURRENCY = 32;
const REQUESTS = 640;

const SEEDED_WINS = 450;
const seededWinTitle = (i: number) => `Win number ${i}: shipped a thing`;
const seededWinDate = (i: number) => `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

/** The title of the newest seeded win: the first card of the wins list, so the tab bench waits for it. */
export function newestSeededWinTitle(): string {
  const newest = Array.from({ length: SEEDED_WINS }, (_, i) => i).reduce((best, i) => (seededWinDate(i) > seededWinDate(best) ? i : best), 0);
  return seededWinTitle(newest);
}

/** Seeds `user` with 50 goals and 450 wins through the API, as the tab would. */
export async function seedPersonalData(api: ApiProcess, user: string): Promise<void> {
  const token = await api.token(user);
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${api.baseUrl}/api${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`Seeding failed: ${response.status} ${await response.text()}`);
  };
  await runLoad({
    concurrency: 8,
    total: 50,
    action: (i) => post('/me/goals', { title: `Goal ${i}`, why: 'Because it matters to me and my team.', horizon: ['1y', '5y', '10y'][i % 3] }),
  });
  await runLoad({
    concurrency: 8,
    total: SEEDED_WINS,
    action: (i) =>
      post('/me/wins', {
        title: seededWinTitle(i),
        impact: 'Saved the support team about four hours a week; customers noticed.',
        date: seededWinDate(i),
      }),
  });
}

/** The goals+wins overview for a user with 500 items: the API beside the raw partition query it makes. */
export async function benchPersonalOverview(api: ApiProcess, connectionString: string, user: string): Promise<string[]> {
  const token = await api.token(user);
  const apiResult = await runLoad({
    concurrency: CONCURRENCY,
    total: REQUESTS,
    action: async () => {
      const response = await fetch(`${api.baseUrl}/api/me/overview`, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`Overview answered ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as { goals: unknown[]; wins: unknown[] };
      if (body.goals.length + body.wins.length !== 500) throw new Error('Overview is missing items');
    },
  });
  const table = TableClient.fromConnectionString(connectionString, TABLES.personal, { allowInsecureConnection: true });
  const partition = personalPartition({ tenantId: LOCAL_TENANT_ID, objectId: devUserObjectId(user) });
  const rawResult = await runLoad({
    concurrency: CONCURRENCY,
    total: REQUESTS,
    action: async () => {
      let count = 0;
      for await (const page of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${partition}` } }).byPage({ maxPageSize: 1000 })) {
        count += page.length;
      }
      if (count < 500) throw new Error('Raw query is missing items');
    },
  });
  const ratio = apiResult.p95 / rawResult.p95;
  return [
    `Personal overview, 500 items, ${CONCURRENCY} concurrent clients`,
    formatLoad('  API GET /api/me/overview', apiResult),
    formatLoad('  raw @azure/data-tables partition query', rawResult),
    `  API p95 / raw p95 = ${ratio.toFixed(2)}x (target <= 1.5x)`,
  ];
}
