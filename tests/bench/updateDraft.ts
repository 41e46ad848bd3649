import { addDays } from '../../api/src/domain/calendarDates';
import { updateDraftSchema } from '../../api/src/domain/progressUpdate/progressUpdates';
import type { ApiProcess } from '../support/apiProcess';
import { formatLoad, runLoad } from './load';
import { postAs } from './postAs';
import { seedReviewPackUser } from './reviewPack';

const WEEKS = 104;
const TARGET_DRAFT_P95_MS = 300;
const today = new Date().toISOString().slice(0, 10);

/**
 * Two years of use as the review pack bench seeds it (500 wins, 1,000 commitments, 10 goals),
 * a manager profile with a format and a weekly cadence, and an update sent every week of it:
 * the draft reads all of that in its one partition query.
 */
export async function seedUpdateDraftUser(api: ApiProcess, user: string): Promise<void> {
  await seedReviewPackUser(api, user);
  const post = await postAs(api, user);
  const profileId = await post('/me/managers', { name: 'Morgan' });
  await post('/me/insights', { profileId, field: 'format', choice: 'detail', text: 'Detail, please', notedOn: addDays(today, -700) });
  await post('/me/insights', { profileId, field: 'cadence', choice: 'weekly', text: 'Every Friday', notedOn: addDays(today, -700) });
  await runLoad({
    concurrency: 8,
    total: WEEKS,
    action: async (week) => {
      const lines = Array.from({ length: 8 }, (_, line) => ({ section: 'wins', text: `Week ${week}, line ${line}: shipped a thing that mattered` }));
      await post('/me/updates', { to: { kind: 'copied', as: 'markdown' }, title: `Week ${week}`, style: { format: 'detail', order: 'numbersFirst' }, lines, today: addDays(today, -7 * (week + 1)) });
    },
  });
}

/** `GET /me/updates/draft` for that user, one request at a time, as the tab asks when the page opens or the style switches. */
export async function benchUpdateDraft(api: ApiProcess, user: string): Promise<string[]> {
  const token = await api.token(user);
  let lineCount = 0;
  const draft = await runLoad({
    concurrency: 1,
    total: 40,
    action: async (i) => {
      const style = i % 2 === 0 ? '' : '&format=bullets&order=storyFirst';
      const response = await fetch(`${api.baseUrl}/api/me/updates/draft?today=${today}${style}`, { headers: { Authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`The draft answered ${response.status}`);
      lineCount = updateDraftSchema.parse(await response.json()).lines.length;
      if (lineCount === 0) throw new Error('The draft has no lines');
    },
  });
  const verdict = draft.p95 < TARGET_DRAFT_P95_MS ? 'ok' : 'OVER TARGET';
  return [
    `Update draft, two years: 500 wins, 1,000 commitments, 10 goals, ${WEEKS} updates sent (${lineCount} lines in the draft)`,
    `${formatLoad('  GET /me/updates/draft', draft)}   target p95 < ${TARGET_DRAFT_P95_MS} ms: ${verdict}`,
  ];
}
