import type { ApiProcess } from '../support/apiProcess';
import { benchBesideRaw } from './besideRaw';
import { runLoad } from './load';
import { postAs } from './postAs';

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
  const post = await postAs(api, user);
  await runLoad({
    concurrency: 8,
    total: 50,
    action: async (i) => {
      await post('/me/goals', { title: `Goal ${i}`, why: 'Because it matters to me and my team.', horizon: ['1y', '5y', '10y'][i % 3] });
    },
  });
  await runLoad({
    concurrency: 8,
    total: SEEDED_WINS,
    action: async (i) => {
      await post('/me/wins', { title: seededWinTitle(i), impact: 'Saved the support team about four hours a week; customers noticed.', date: seededWinDate(i) });
    },
  });
}

/** The goals+wins overview for a user with 500 items: the API beside the raw partition query it makes. */
export function benchPersonalOverview(api: ApiProcess, connectionString: string, user: string): Promise<string[]> {
  return benchBesideRaw(api, connectionString, {
    title: 'Personal overview, 500 items',
    user,
    path: '/me/overview',
    check: (body) => {
      const { goals, wins } = body as { goals: unknown[]; wins: unknown[] };
      if (goals.length + wins.length !== 500) throw new Error('Overview is missing items');
    },
    rows: 500,
    target: 1.5,
  });
}
