import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { A11Y_CASES, expectAccessibleDialog, newUser, poll } from '../support/e2e';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

async function create(client: Client, path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await client.request('POST', path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** A profile of Morgan with a priority, an old entry and a fresh one, made through the API. */
async function seedProfile(user: string) {
  const client = await clientFor(stack.api, user);
  const morgan = await create(client, '/me/managers', { name: 'Morgan' });
  const churn = await create(client, '/me/priorities', { profileId: morgan.id, title: 'Cut churn below 2%', why: 'The board asks every month', position: 1, notedOn: '2026-11-01' });
  await create(client, '/me/priorities', { profileId: morgan.id, title: 'Hire two engineers', position: 2, notedOn: '2026-11-01' });
  await create(client, '/me/insights', { profileId: morgan.id, field: 'openTimes', text: 'Tuesday afternoons', origin: 'oneOnOne', notedOn: '2025-01-07' });
  await create(client, '/me/insights', { profileId: morgan.id, field: 'channel', choice: 'email', text: 'Email for anything with numbers', notedOn: '2026-11-20' });
  return { client, morgan, churn };
}

const region = (page: Page, name: string) => page.getByRole('region', { name });
const priorityTitles = (page: Page) => region(page, 'Their priorities').getByRole('list').getByRole('heading', { level: 3 }).allInnerTexts();

async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^My manager/);
  // Loaded: the profile's sections, or the offer to start one, are on screen.
  await poll(async () => (await region(page, 'Their priorities').isVisible()) || (await page.getByRole('button', { name: 'Start a profile' }).isVisible())).toBe(true);
}

describe('My manager', () => {
  it('starts a profile, keeps a priority and an entry with its source after a reload', async () => {
    const { context, page } = await stack.open(newUser('Avery'), { hash: '/manager' });
    await loaded(page);
    await page.getByRole('button', { name: 'Start a profile' }).click();
    const start = page.getByRole('dialog', { name: 'A new manager' });
    await start.getByRole('textbox', { name: 'Their name' }).fill('Morgan Lee');
    await start.getByRole('button', { name: 'Start their profile' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('My manager: Morgan Lee');

    await page.getByRole('button', { name: 'Add priority' }).click();
    const add = page.getByRole('dialog', { name: 'Add a priority of Morgan Lee' });
    await add.getByRole('textbox', { name: 'Priority', exact: true }).fill('Ship the Q1 launch on time');
    await add.getByRole('textbox', { name: 'Why it matters to them' }).fill('The VP promised it to a customer');
    await add.getByRole('radio', { name: 'Asked in our 1:1' }).check();
    await add.getByRole('button', { name: 'Add priority' }).click();
    await add.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add to Update format' }).click();
    const entry = page.getByRole('dialog', { name: 'Update format' });
    await entry.getByRole('radio', { name: 'Quick bullets' }).check();
    await entry.getByRole('textbox', { name: 'What I know' }).fill('Three bullets, detail only if asked');
    await entry.getByRole('button', { name: 'Add' }).click();
    await entry.waitFor({ state: 'detached' });

    await page.reload();
    await loaded(page);
    await poll(() => priorityTitles(page)).toEqual(['1. Ship the Q1 launch on time']);
    const priority = page.getByRole('article', { name: '1. Ship the Q1 launch on time' });
    expect(await priority.innerText()).toMatch(/Asked in our 1:1 on/);
    expect(await priority.innerText()).toContain('Nothing of yours supports this yet');
    const format = page.getByRole('article', { name: 'Update format' });
    expect(await format.innerText()).toMatch(/Quick bullets[\s\S]*Three bullets, detail only if asked[\s\S]*My observation, /);
    await context.close();
  });

  it('marks old entries "check again" with the question to ask, and ranks priorities by moving one', async () => {
    const user = newUser('Blake');
    await seedProfile(user);
    const { context, page } = await stack.open(user, { hash: '/manager' });
    await loaded(page);
    const openTimes = page.getByRole('article', { name: 'When they are most open, and when to avoid' });
    expect(await openTimes.innerText()).toMatch(/Asked in our 1:1 on[\s\S]*Check again[\s\S]*Ask in your next 1:1: “When in your week are you most open/);
    expect(await page.getByRole('article', { name: 'Preferred channel for updates' }).innerText()).not.toContain('Check again');

    await poll(() => priorityTitles(page)).toEqual(['1. Cut churn below 2%', '2. Hire two engineers']);
    await page.getByRole('button', { name: 'Move up: Hire two engineers' }).click();
    await poll(() => priorityTitles(page)).toEqual(['1. Hire two engineers', '2. Cut churn below 2%']);
    await page.reload();
    await loaded(page);
    await poll(() => priorityTitles(page)).toEqual(['1. Hire two engineers', '2. Cut churn below 2%']);
    await context.close();
  });

  it('tags a goal in the personal tab with a priority, which then counts it', async () => {
    const user = newUser('Casey');
    const { client, churn } = await seedProfile(user);
    await create(client, '/me/goals', { title: 'Own retention analytics', horizon: '1y' });
    const { context, page } = await stack.open(user);
    await poll(() => page.getByRole('button', { name: 'Add win' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Edit goal: Own retention analytics' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit goal' });
    await dialog.getByRole('combobox', { name: 'Supports Morgan’s priority' }).selectOption({ label: String(churn.title) });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await poll(() => page.getByRole('article', { name: 'Own retention analytics' }).innerText()).toContain('Supports my manager’s priority: Cut churn below 2%');

    await page.getByRole('link', { name: /^My manager/ }).click();
    await loaded(page);
    const priority = page.getByRole('article', { name: '1. Cut churn below 2%' });
    await poll(() => priority.innerText()).toMatch(/What I am doing for it: 1 item[\s\S]*Goal: Own retention analytics/);
    await context.close();
  });

  it('starts a new profile for a new manager and keeps the earlier one readable', async () => {
    const user = newUser('Devon');
    await seedProfile(user);
    const { context, page } = await stack.open(user, { hash: '/manager' });
    await loaded(page);
    await page.getByRole('button', { name: 'New manager' }).click();
    const dialog = page.getByRole('dialog', { name: 'A new manager' });
    await dialog.getByRole('textbox', { name: 'Their name' }).fill('Riley');
    await dialog.getByRole('button', { name: 'Start their profile' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('My manager: Riley');
    expect(await priorityTitles(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Profile' }).selectOption({ label: 'Morgan (earlier manager)' });
    await poll(() => priorityTitles(page)).toEqual(['1. Cut churn below 2%', '2. Hire two engineers']);
    expect(await page.getByText('An earlier manager').count()).toBe(1);
    await context.close();
  });

  it.each(A11Y_CASES)('has no serious violations with data and with a dialog open ($theme, $width px)', async ({ theme, width }) => {
    const user = newUser('Emery');
    await seedProfile(user);
    const { context, page } = await stack.open(user, { theme, width, hash: '/manager' });
    await loaded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Nothing overflows sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessibleDialog(page, 'Add to How they measure success', 'How they measure success');
    await context.close();
  });
});
