import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastPeriod } from '../../api/src/domain/reviewPack/reviewPack';
import { clientFor } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { A11Y_CASES, newUser, poll, settled } from '../support/e2e';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

const today = new Date().toISOString().slice(0, 10);
const quarter = lastPeriod('quarter', today);
const inQuarter = (day: number) => `${quarter.from.slice(0, 8)}${String(day).padStart(2, '0')}`;

/** A goal with two wins last quarter and one kept commitment. */
async function seed(user: string): Promise<void> {
  const client = await clientFor(stack.api, user);
  const post = async (path: string, body: Record<string, unknown>) => {
    const response = await client.request('POST', path, { body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const goal = await post('/me/goals', { title: 'Lead the platform team', horizon: '1y', progress: 60 });
  await post('/me/wins', { title: 'Shipped the importer', date: inQuarter(5), impact: 'Saved two days a release', evidenceUrl: 'https://example.com/pr/42', goalId: goal.id });
  await post('/me/wins', { title: 'Ran the incident review', date: inQuarter(20), goalId: goal.id });
  await post('/me/commitments', { title: 'Send the numbers', toWhom: 'Morgan', dueDate: inQuarter(10), status: 'done', doneOn: inQuarter(9) });
}

async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Review pack');
  await page.getByRole('region', { name: 'Wins' }).waitFor();
}

describe('Review pack', () => {
  it('opens on last quarter from the personal tab, leaves a win out, and the .docx has what is ticked', async () => {
    const user = newUser('Kai');
    await seed(user);
    const { context, page } = await stack.open(user);
    await page.getByRole('navigation', { name: 'More of Upward' }).getByRole('link', { name: 'Review pack' }).click();
    await loaded(page);
    const wins = page.getByRole('region', { name: 'Wins' });
    await poll(() => wins.getByRole('checkbox').count()).toBe(2);
    expect(await wins.getByRole('heading', { level: 3 }).innerText()).toBe('Lead the platform team (60%)');
    expect(await page.getByRole('region', { name: 'Commitments kept' }).innerText()).toContain('1 of 1 commitments due in this period done on time (100%)');

    await wins.getByRole('checkbox', { name: /Ran the incident review/ }).uncheck();
    await page.getByRole('button', { name: 'Word document (.docx)' }).click();
    const link = page.getByRole('link', { name: 'Download the .docx' });
    await link.waitFor();
    const response = await fetch(new URL((await link.getAttribute('href')) ?? '', page.url()));
    expect(response.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(text).toContain('Shipped the importer');
    expect(text).not.toContain('Ran the incident review');

    // Ticking it back makes a new link: the old one would serve the older choice.
    await wins.getByRole('checkbox', { name: /Ran the incident review/ }).check();
    await page.getByRole('button', { name: 'Word document (.docx)' }).waitFor();
    await context.close();
  });

  it('says what to fix for a custom range that ends before it starts, and shows an empty period plainly', async () => {
    const user = newUser('Lee');
    await seed(user);
    const { context, page } = await stack.open(user, { hash: '/review' });
    await loaded(page);
    await page.getByRole('radio', { name: 'Dates of my choice' }).check();
    await page.getByLabel(/^From/).fill('2025-03-10');
    await page.getByLabel(/^To/).fill('2025-03-01');
    await page.getByRole('button', { name: 'Show the pack' }).click();
    await poll(() => page.getByText('The period ends before it starts.').count()).toBe(1);

    await page.getByLabel(/^To/).fill('2025-03-31');
    await page.getByRole('button', { name: 'Show the pack' }).click();
    await poll(() => page.getByRole('heading', { name: 'No wins in this period' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Commitments kept' }).innerText()).toContain('nothing with a due date was due in this period');
    await context.close();
  });

  it.each(A11Y_CASES)('has no serious violations ($theme, $width px)', async ({ theme, width }) => {
    const user = newUser('Max');
    await seed(user);
    const { context, page } = await stack.open(user, { theme, width, hash: '/review' });
    await loaded(page);
    await poll(() => page.getByRole('region', { name: 'Wins' }).getByRole('checkbox').count()).toBe(2);
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });
});
