import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSchema } from '../../api/src/domain/export';
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

async function withGoal(user: string, title: string): Promise<void> {
  const client = await clientFor(stack.api, user);
  const created = await client.request('POST', '/me/goals', { body: { title, horizon: '1y' } });
  expect(created.status).toBe(201);
}

async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('My data');
}

describe('My data', () => {
  it('is a link away from the personal tab, and hands over my export by a link that works without sign-in', async () => {
    const user = newUser('Harper');
    await withGoal(user, 'Lead the data guild');
    const { context, page } = await stack.open(user);
    await page.getByRole('navigation', { name: 'More of Upward' }).getByRole('link', { name: 'My data' }).click();
    await loaded(page);

    await page.getByRole('button', { name: 'Prepare my download' }).click();
    const link = page.getByRole('link', { name: 'Download upward-export.json' });
    await link.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Ready:' }).innerText()).toMatch(/the link works until/);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/api\/downloads\/[A-Za-z0-9_-]{43}$/);
    // A browser opening the link carries no token: a fresh request context, as Teams' link-out would be.
    const response = await fetch(new URL(href ?? '', page.url()));
    expect(response.status).toBe(200);
    const file = exportSchema.parse(await response.json());
    expect(file.items.goals.map((goal) => goal.title)).toEqual(['Lead the data guild']);
    await context.close();
  });

  it('deletes everything only once the word is typed, and then my tab is empty after a reload', async () => {
    const user = newUser('Indy');
    await withGoal(user, 'Keep this until I confirm');
    const { context, page } = await stack.open(user, { hash: '/data' });
    await loaded(page);

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const question = page.getByRole('alertdialog', { name: 'Delete everything?' });
    await question.waitFor();
    await question.getByRole('textbox', { name: /Type “delete” to confirm/ }).fill('yes');
    await question.getByRole('button', { name: 'Delete everything' }).click();
    await poll(() => question.getByRole('alert').innerText()).toContain('Type “delete” in the box to confirm. Nothing was deleted.');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });

    await page.goto(page.url().replace('#/data', '#/personal'));
    await poll(() => page.getByText('Keep this until I confirm').count()).toBe(1);

    await page.goto(page.url().replace('#/personal', '#/data'));
    await loaded(page);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await question.getByRole('textbox', { name: /Type “delete” to confirm/ }).fill('delete');
    await question.getByRole('button', { name: 'Delete everything' }).click();
    await question.waitFor({ state: 'detached' });
    await poll(() => page.getByRole('status').filter({ hasText: 'Everything you kept in Upward is deleted' }).count()).toBe(1);

    await page.getByRole('link', { name: 'My goals, wins and commitments' }).click();
    await page.reload();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('My goals, wins and commitments');
    await poll(() => page.getByRole('button', { name: /Add goal/ }).first().isVisible()).toBe(true);
    expect(await page.getByText('Keep this until I confirm').count()).toBe(0);
    await context.close();
  });

  it.each(A11Y_CASES)('has no serious violations, with the question open too ($theme, $width px)', async ({ theme, width }) => {
    const { context, page } = await stack.open(newUser('Jules'), { theme, width, hash: '/data' });
    await loaded(page);
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const question = page.getByRole('alertdialog', { name: 'Delete everything?' });
    await question.waitFor();
    await poll(() => question.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await context.close();
  });
});
