import { PROFILE_FIELD_IDS } from '../../api/src/domain/manager/profileFields';
import type { ApiProcess } from '../support/apiProcess';
import { benchBesideRaw } from './besideRaw';
import { runLoad } from './load';
import { postAs } from './postAs';

const PRIORITIES = 8;
const INSIGHTS = 120;
const TAGGED_GOALS = 40;
const ROWS = 1 + PRIORITIES + INSIGHTS + TAGGED_GOALS;

/** Seeds `user` with a manager profile as a year of use leaves it: ranked priorities, many entries, goals that support them. */
export async function seedManagerProfile(api: ApiProcess, user: string): Promise<void> {
  const post = await postAs(api, user);
  const profileId = await post('/me/managers', { name: 'Morgan Lee' });
  const priorityIds: string[] = [];
  for (let position = 1; position <= PRIORITIES; position += 1) {
    priorityIds.push(await post('/me/priorities', { profileId, title: `Priority ${position}`, why: 'The VP asks about it every week.', position, notedOn: '2026-10-01' }));
  }
  await runLoad({
    concurrency: 8,
    total: INSIGHTS,
    action: async (i) => {
      const field = PROFILE_FIELD_IDS[i % PROFILE_FIELD_IDS.length];
      await post('/me/insights', { profileId, field, text: `Entry ${i}: prefers a short written note before any call.`, origin: 'oneOnOne', notedOn: '2026-09-15' });
    },
  });
  await runLoad({
    concurrency: 8,
    total: TAGGED_GOALS,
    action: async (i) => {
      await post('/me/goals', { title: `Goal ${i}`, why: 'It moves what my manager is measured on.', horizon: '1y', supportsPriorityId: priorityIds[i % PRIORITIES] });
    },
  });
}

/** My manager's view (profile, priorities with what supports them, every entry): the API beside the raw partition query. */
export function benchManagerProfile(api: ApiProcess, connectionString: string, user: string): Promise<string[]> {
  return benchBesideRaw(api, connectionString, {
    title: `My manager view, ${PRIORITIES} priorities, ${INSIGHTS} entries, ${TAGGED_GOALS} tagged goals`,
    user,
    path: '/me/manager',
    check: (body) => {
      const { insights, priorities } = body as { insights: unknown[]; priorities: unknown[] };
      if (insights.length !== INSIGHTS || priorities.length !== PRIORITIES) throw new Error('The manager view is missing entries');
    },
    rows: ROWS,
    target: 1.25,
  });
}
