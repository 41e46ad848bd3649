import { randomUUID } from 'node:crypto';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadLinkSchema } from '../../api/src/domain/downloads';
import { reviewPackSchema } from '../../api/src/domain/reviewPack/reviewPack';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { clientFor, startTestApi, type Client } from '../support/apiHarness';

let api: LocalApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function created(client: Client, path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await client.request('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const Q3 = { from: '2026-07-01', to: '2026-09-30', today: '2026-12-03' };
const HOSTILE = '<script>alert(1)</script> **not bold**';

/** Dana: a goal with two Q3 wins (one hostile), a win outside Q3, kept and late commitments, and a private profile; Sam: a secret goal. */
async function seed() {
  const secret = `PRIVATE${randomUUID().slice(0, 6)}`;
  const dana = await clientFor(api, `Dana ${randomUUID().slice(0, 6)}`);
  const sam = await clientFor(api, `Sam ${randomUUID().slice(0, 6)}`);
  const goal = await created(dana, '/me/goals', { title: 'Lead the platform team', horizon: '1y', progress: 60 });
  const shipped = await created(dana, '/me/wins', { title: 'Shipped the importer', date: '2026-08-02', impact: 'Saved two days a release', evidenceUrl: 'https://example.com/pr/42', goalId: goal.id });
  await created(dana, '/me/wins', { title: HOSTILE, date: '2026-09-10', goalId: goal.id });
  await created(dana, '/me/wins', { title: 'Too early to count', date: '2026-05-01' });
  const kept = await created(dana, '/me/commitments', { title: 'Send the Q3 numbers', toWhom: 'Morgan', dueDate: '2026-08-10', status: 'done', doneOn: '2026-08-09' });
  await created(dana, '/me/commitments', { title: 'Draft the hiring plan', dueDate: '2026-09-01', status: 'done', doneOn: '2026-09-03' });
  const profile = await created(dana, '/me/managers', { name: 'Morgan' });
  await created(dana, '/me/insights', { profileId: profile.id, field: 'annoyances', text: `${secret} surprises`, notedOn: '2026-11-02' });
  await created(sam, '/me/goals', { title: `${secret} Sam goal`, horizon: '1y' });
  await created(dana, '/me/feedback', { giver: `${secret} Giver`, receivedOn: '2026-07-03', text: 'Lead with the numbers', resolution: { state: 'actedOn', on: '2026-08-15', note: 'Every update starts with the metric' } });
  return { dana, secret, shipped, kept };
}

/** Opens a link the way a browser does: without a token. */
async function openLink(client: Client, body: Record<string, unknown>): Promise<Response> {
  const made = await client.request('POST', '/me/downloads', { body });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return fetch(`${api.baseUrl}/api${downloadLinkSchema.parse(made.body).path}`);
}

describe('POST /api/me/review-pack', () => {
  it('groups the period’s wins under their goal with impact and evidence, lists commitments kept, and counts follow-through', async () => {
    const { dana } = await seed();
    const response = await dana.request('POST', '/me/review-pack', { body: Q3 });
    expect(response.status).toBe(200);
    const pack = reviewPackSchema.parse(response.body);
    expect(pack.goals).toHaveLength(1);
    expect(pack.goals[0]?.goal?.title).toBe('Lead the platform team');
    expect(pack.goals[0]?.wins.map((win) => win.title)).toEqual(['Shipped the importer', HOSTILE]);
    expect(pack.goals[0]?.wins[0]).toMatchObject({ impact: 'Saved two days a release', evidenceUrl: 'https://example.com/pr/42' });
    expect(pack.commitmentsKept.map((kept) => [kept.title, kept.onTime])).toEqual([
      ['Send the Q3 numbers', true],
      ['Draft the hiring plan', false],
    ]);
    expect(pack.followThrough).toEqual({ due: 2, doneOnTime: 1, rate: 0.5 });
  });

  it('answers a bad period or an unknown field with 400 and the field, and a stranger with 401', async () => {
    const { dana } = await seed();
    for (const [body, field] of [
      [{ ...Q3, to: '2026-06-01' }, 'to'],
      [{ ...Q3, from: 'last quarter' }, 'from'],
      [{ ...Q3, leaveOut: ['not-an-id'] }, 'leaveOut.0'],
      [{ ...Q3, owner: 'someone else' }, '(body)'],
    ] as const) {
      const refused = await dana.request('POST', '/me/review-pack', { body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect((refused.body.errors as { path: string }[]).map((error) => error.path)).toContain(field);
    }
    expect((await fetch(`${api.baseUrl}/api/me/review-pack`, { method: 'POST', body: JSON.stringify(Q3) })).status).toBe(401);
  });
});

describe('review pack files, by link', () => {
  it('.docx: a Word file a reader opens, with the wins, the commitments and the figure, and nothing private or of anyone else', async () => {
    const { dana, secret } = await seed();
    const response = await openLink(dana, { file: 'review-pack', format: 'docx', request: Q3 });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="upward-review-2026-07-01-to-2026-09-30.docx"');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(text).toContain('Review pack: Dana');
    expect(text).toContain('Lead the platform team (goal, 60% active)');
    expect(text).toMatch(/Aug 2, 2026: Shipped the importer\. Impact: Saved two days a release/);
    expect(text).toContain(HOSTILE);
    expect(text).toContain('Follow-through: 1 of 2 commitments due in this period done on time (50%).');
    expect(text).toContain('Send the Q3 numbers (to Morgan)');
    expect(text).toContain('Feedback acted on');
    expect(text).toContain('“Lead with the numbers” What I changed: Every update starts with the metric');
    expect(text).not.toContain('Too early to count');
    expect(text).not.toContain(secret);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await (await openLink(dana, { file: 'review-pack', format: 'docx', request: Q3 })).arrayBuffer()) });
    expect(html).toContain('<a href="https://example.com/pr/42">Evidence</a>');
  });

  it('leaves out what I picked out', async () => {
    const { dana, shipped, kept } = await seed();
    const response = await openLink(dana, { file: 'review-pack', format: 'markdown', request: { ...Q3, leaveOut: [shipped.id, kept.id] } });
    const markdown = await response.text();
    expect(markdown).not.toContain('Shipped the importer');
    expect(markdown).not.toContain('Send the Q3 numbers');
    expect(markdown).toContain('Draft the hiring plan');
    // The figure does not improve by dropping a line.
    expect(markdown).toContain('1 of 2 commitments');
  });

  it('Markdown and the print view keep user text literal; the print view runs no script at all', async () => {
    const { dana } = await seed();
    const markdown = await openLink(dana, { file: 'review-pack', format: 'markdown', request: Q3 });
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('content-disposition')).toBe('attachment; filename="upward-review-2026-07-01-to-2026-09-30.md"');
    expect(await markdown.text()).toContain('\\<script\\>alert\\(1\\)\\</script\\> \\*\\*not bold\\*\\*');

    const print = await openLink(dana, { file: 'review-pack', format: 'print', request: Q3 });
    expect(print.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(print.headers.get('content-disposition')).toBe('inline; filename="upward-review-2026-07-01-to-2026-09-30.html"');
    expect(print.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(print.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await print.text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
  });

  it('refuses a link for a bad pack request with 400, so no link is made for a file that cannot be made', async () => {
    const { dana } = await seed();
    const refused = await dana.request('POST', '/me/downloads', { body: { file: 'review-pack', format: 'pdf', request: { ...Q3, to: '2020-01-01' } } });
    expect(refused.status).toBe(400);
    const paths = (refused.body.errors as { path: string }[]).map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['format', 'request.to']));
  });
});
