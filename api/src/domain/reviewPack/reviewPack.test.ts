import { describe, expect, it } from 'vitest';
import type { Commitment } from '../commitments';
import type { Feedback } from '../feedback';
import type { Goal } from '../goals';
import type { Win } from '../wins';
import { escapeHtml, reviewPackHtml } from './packHtml';
import { escapeMarkdown } from '../markdownText';
import { reviewPackMarkdown } from './packMarkdown';
import { buildReviewPack, lastPeriod, reviewPackRequestSchema, type PackSources } from './reviewPack';

const stored = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', etag: 'W/"1"' };
const id = (n: number) => `01HZZZZZZZZZZZZZZZZZZZZZ${String(n).padStart(2, '0')}`;
const goal = (n: number, title: string): Goal => ({ ...stored, id: id(n), title, why: '', horizon: '1y', sharedInOneOnOne: false, status: 'active', progress: 40 });
const win = (n: number, date: string, extra: Partial<Win> = {}): Win => ({ ...stored, id: id(n), title: `Win ${String(n)}`, impact: '', date, sharedInOneOnOne: false, ...extra });
const commitment = (n: number, extra: Partial<Commitment>): Commitment => ({ ...stored, id: id(n), title: `Promise ${String(n)}`, details: '', toWhom: 'Morgan', status: 'open', sharedInOneOnOne: false, ...extra });

const feedback = (n: number, resolution: Feedback['resolution']): Feedback => ({ ...stored, id: id(n), giver: 'Morgan Secretname', receivedOn: '2026-07-02', text: `Suggestion ${String(n)}`, question: '', praise: false, origin: 'byHand', commitmentIds: [], ...(resolution === undefined ? {} : { resolution }) });

const sources: PackSources = {
  owner: 'Dana',
  goals: [goal(1, 'Lead the platform team'), goal(2, 'Speak at a conference')],
  wins: [
    win(10, '2026-08-02', { goalId: id(1), impact: 'Saved two days a release', evidenceUrl: 'https://example.com/pr/1' }),
    win(11, '2026-07-15', { goalId: id(1) }),
    win(12, '2026-09-01'),
    win(13, '2026-10-02', { goalId: id(2) }),
    win(14, '2026-08-20', { goalId: id(2) }),
  ],
  commitments: [
    commitment(20, { status: 'done', dueDate: '2026-08-10', doneOn: '2026-08-09' }),
    commitment(21, { status: 'done', dueDate: '2026-08-10', doneOn: '2026-08-12' }),
    commitment(22, { status: 'open', dueDate: '2026-09-05' }),
    commitment(23, { status: 'dropped', dueDate: '2026-09-06' }),
    commitment(24, { status: 'done', doneOn: '2026-10-05' }),
  ],
  feedback: [
    feedback(40, { state: 'actedOn', on: '2026-08-20', note: 'Numbers first in every update' }),
    feedback(41, { state: 'actedOn', on: '2026-10-20', note: 'Too late for Q3' }),
    feedback(42, undefined),
    feedback(43, { state: 'setAside', on: '2026-08-01', reason: 'Not my call' }),
  ],
};
const q3 = (extra: Record<string, unknown> = {}) => reviewPackRequestSchema.parse({ from: '2026-07-01', to: '2026-09-30', today: '2026-12-03', ...extra });

describe('buildReviewPack', () => {
  it('groups the period’s wins by goal, oldest first, with impact and evidence, and puts wins of no goal last', () => {
    const pack = buildReviewPack(sources, q3());
    expect(pack.goals.map((group) => [group.goal?.title ?? null, group.wins.map((w) => w.id)])).toEqual([
      ['Lead the platform team', [id(11), id(10)]],
      ['Speak at a conference', [id(14)]],
      [null, [id(12)]],
    ]);
    expect(pack.goals[0]?.wins[1]).toMatchObject({ impact: 'Saved two days a release', evidenceUrl: 'https://example.com/pr/1' });
  });

  it('lists commitments done in the period, marks the late one, and counts follow-through over what was due, dropped aside', () => {
    const pack = buildReviewPack(sources, q3());
    expect(pack.commitmentsKept.map((kept) => [kept.id, kept.onTime])).toEqual([
      [id(20), true],
      [id(21), false],
    ]);
    // Due in Q3 and not dropped: 20 (on time), 21 (late), 22 (still open, its date long past).
    expect(pack.followThrough).toEqual({ due: 3, doneOnTime: 1, rate: 1 / 3 });
  });

  it('keeps only the chosen goals’ wins, and what is left out stays out of the lists but not out of the figure', () => {
    const pack = buildReviewPack(sources, q3({ goalIds: [id(2)], leaveOut: [id(20)] }));
    expect(pack.goals.map((group) => group.goal?.title)).toEqual(['Speak at a conference']);
    expect(pack.commitmentsKept.map((kept) => kept.id)).toEqual([id(21)]);
    expect(pack.followThrough.due).toBe(3);
  });

  it('does not count an open commitment whose day is not over yet', () => {
    const pack = buildReviewPack(sources, reviewPackRequestSchema.parse({ from: '2026-09-01', to: '2026-09-30', today: '2026-09-05' }));
    expect(pack.followThrough).toEqual({ due: 0, doneOnTime: 0, rate: null });
  });
});

describe('feedback in the pack', () => {
  it('lists feedback acted on in the period with what changed, never who gave it, and leaves out what I pick out', () => {
    const pack = buildReviewPack(sources, q3());
    expect(pack.feedbackActedOn).toEqual([{ id: id(40), receivedOn: '2026-07-02', actedOn: '2026-08-20', text: 'Suggestion 40', whatChanged: 'Numbers first in every update' }]);
    const markdown = reviewPackMarkdown(pack);
    expect(markdown).toContain('## Feedback acted on');
    expect(markdown).toContain('Numbers first in every update');
    expect(markdown).not.toContain('Secretname');
    expect(buildReviewPack(sources, q3({ leaveOut: [id(40)] })).feedbackActedOn).toEqual([]);
  });
});

describe('reviewPackRequestSchema', () => {
  it('refuses a period that ends before it starts or runs past two years, and a list too long to keep', () => {
    const paths = (input: Record<string, unknown>) => reviewPackRequestSchema.safeParse({ from: '2026-07-01', to: '2026-09-30', today: '2026-12-03', ...input }).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ to: '2026-06-30' })).toEqual(['to']);
    expect(paths({ from: '2024-01-01' })).toEqual(['from']);
    expect(paths({ leaveOut: Array.from({ length: 801 }, () => id(1)) })).toEqual(['leaveOut']);
    expect(paths({ owner: 'someone else' })).toEqual(['']);
  });
});

describe('lastPeriod', () => {
  it('is the last full quarter or half before today, across a year end', () => {
    expect(lastPeriod('quarter', '2026-12-03')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(lastPeriod('quarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(lastPeriod('half', '2026-12-03')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(lastPeriod('half', '2026-03-31')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });
});

describe('the pack as text', () => {
  const hostile = buildReviewPack(
    { ...sources, owner: 'Dana <b>', wins: [win(30, '2026-08-01', { title: '<script>alert(1)</script> [click](javascript:alert(1)) # not a heading', impact: '**bold** & <img src=x onerror=alert(1)>', evidenceUrl: 'https://example.com/a"b?(x)' })] },
    q3(),
  );

  it('Markdown: user text is literal, so nothing becomes a link, a heading or HTML', () => {
    const markdown = reviewPackMarkdown(hostile);
    expect(markdown).toContain('# Review pack: Dana \\<b\\>');
    expect(markdown).not.toMatch(/[^\\]<script/);
    expect(markdown).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
    expect(markdown).toContain('\\*\\*bold\\*\\*');
    expect(markdown).toContain('[Evidence](https://example.com/a%22b?%28x%29)');
    expect(escapeMarkdown('a\nb')).toBe('a b');
    expect(reviewPackMarkdown({ ...hostile, goals: [{ goal: null, wins: [{ id: 'x', title: 't', date: '2026-08-01', impact: '', evidenceUrl: 'https://example.com/a%20b' }] }] })).toContain('(https://example.com/a%20b)');
  });

  it('print view: user text is escaped, and the page allows no script', () => {
    const html = reviewPackHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://example.com/a&quot;b?(x)"');
    expect(html).toContain("default-src 'none'");
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });

  it('says so when a period has no wins and nothing was due', () => {
    const empty = reviewPackMarkdown(buildReviewPack({ ...sources, wins: [], commitments: [], feedback: [] }, q3()));
    expect(empty).toContain('No wins in this period\\.');
    expect(empty).toContain('nothing with a due date was due in this period\\.');
    expect(empty).toContain('No feedback acted on in this period\\.');
  });
});
