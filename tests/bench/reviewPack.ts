import { addDays } from '../../api/src/domain/calendarDates';
import { downloadLinkSchema } from '../../api/src/domain/downloads';
import type { ApiProcess } from '../support/apiProcess';
import { formatLoad, runLoad } from './load';
import { postAs } from './postAs';

const GOALS = 10;
const WINS = 500;
const COMMITMENTS = 1000;
const DAYS = 730;
const TARGET_DOCX_MS = 2000;
const TARGET_PACK_P95_MS = 300;
const today = new Date().toISOString().slice(0, 10);
const request = { from: addDays(today, -(DAYS - 1)), to: today, today };

/** Two years of use: 10 goals, 500 wins among them, 1,000 commitments (most kept, some late, some open). */
export async function seedReviewPackUser(api: ApiProcess, user: string): Promise<void> {
  const post = await postAs(api, user);
  const goalIds: string[] = [];
  for (let i = 0; i < GOALS; i += 1) goalIds.push(await post('/me/goals', { title: `Goal ${i}`, horizon: '1y', progress: i * 10 }));
  await runLoad({
    concurrency: 8,
    total: WINS,
    action: async (i) => {
      await post('/me/wins', { title: `Win ${i}`, date: addDays(today, -(i % DAYS)), impact: 'Saved the team two days a release.', evidenceUrl: `https://example.com/pr/${i}`, goalId: goalIds[i % GOALS] });
    },
  });
  await runLoad({
    concurrency: 8,
    total: COMMITMENTS,
    action: async (i) => {
      // Due within the period and done by today, so every kept one is in the pack.
      const dueDate = addDays(today, -(i % (DAYS - 2)) - 1);
      const kept = i % 5 !== 0;
      await post('/me/commitments', { title: `Commitment ${i}`, toWhom: 'Morgan', dueDate, ...(kept ? { status: 'done', doneOn: i % 7 === 0 ? addDays(dueDate, 1) : dueDate } : {}) });
    },
  });
}

/** The pack for two years at the API (JSON), and its .docx by link, made and downloaded. */
export async function benchReviewPack(api: ApiProcess, user: string): Promise<string[]> {
  const token = await api.token(user);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${api.baseUrl}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
    return response;
  };
  const pack = await runLoad({
    concurrency: 1,
    total: 30,
    action: async () => {
      const body = (await (await call('POST', '/me/review-pack', request)).json()) as { commitmentsKept: unknown[] };
      if (body.commitmentsKept.length !== COMMITMENTS - COMMITMENTS / 5) throw new Error('The pack is missing commitments');
    },
  });
  let bytes = 0;
  const docx = await runLoad({
    concurrency: 1,
    total: 10,
    action: async () => {
      const link = downloadLinkSchema.parse(await (await call('POST', '/me/downloads', { file: 'review-pack', format: 'docx', request })).json());
      // Opened as a browser would: no token.
      const file = await fetch(`${api.baseUrl}/api${link.path}`);
      if (file.status !== 200) throw new Error(`The .docx link answered ${file.status}`);
      bytes = (await file.arrayBuffer()).byteLength;
    },
  });
  const verdict = (value: number, target: number) => (value < target ? 'ok' : 'OVER TARGET');
  return [
    `Review pack, two years: ${WINS} wins, ${COMMITMENTS} commitments, ${GOALS} goals`,
    `${formatLoad('  POST /me/review-pack (JSON)', pack)}   target p95 < ${TARGET_PACK_P95_MS} ms: ${verdict(pack.p95, TARGET_PACK_P95_MS)}`,
    `${formatLoad('  .docx: link + download', docx)}   target < ${TARGET_DOCX_MS} ms: ${verdict(docx.p95, TARGET_DOCX_MS)} (${(bytes / 1024).toFixed(0)} KB)`,
  ];
}
