import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Nudges');
  await page.getByRole('button', { name: 'Save' }).waitFor();
}

const reminders = (page: Page) => page.getByRole('switch', { name: 'Commitments coming due' });
const nudgeSwitch = (page: Page, name: string) => page.getByRole('switch', { name });

describe('Nudge settings', () => {
  it('are a link away from the personal tab; what I save is in force after a reload', async () => {
    const user = newUser('Nia');
    const { context, page } = await stack.open(user);
    await page.getByRole('navigation', { name: 'More of Upward' }).getByRole('link', { name: 'Nudges' }).click();
    await loaded(page);
    expect(await reminders(page).isChecked()).toBe(true);
    for (const name of ['1:1 tomorrow', 'Update due', 'Log your wins']) expect(await nudgeSwitch(page, name).isChecked()).toBe(true);
    await reminders(page).uncheck();
    // From the keyboard: focus "Update due", Space turns it off.
    await nudgeSwitch(page, 'Update due').focus();
    await page.keyboard.press('Space');
    await page.getByRole('combobox', { name: 'Day to log my wins' }).selectOption('Thursday');
    await page.getByRole('combobox', { name: 'My time zone' }).selectOption('America/New_York');
    await page.getByLabel('and end').fill('18:30');
    await page.getByRole('checkbox', { name: 'Friday' }).uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.getByText('Nudge settings saved').count()).toBeGreaterThan(0);

    await page.reload();
    await loaded(page);
    expect(await reminders(page).isChecked()).toBe(false);
    expect(await nudgeSwitch(page, 'Update due').isChecked()).toBe(false);
    expect(await nudgeSwitch(page, '1:1 tomorrow').isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Day to log my wins' }).inputValue()).toBe('4');
    expect(await page.getByRole('combobox', { name: 'My time zone' }).inputValue()).toBe('America/New_York');
    expect(await page.getByRole('checkbox', { name: 'Friday' }).isChecked()).toBe(false);
    const saved = await (await clientFor(stack.api, user)).request('GET', '/me/nudge-settings');
    expect(saved.body.settings).toMatchObject({ switches: { commitmentDue: false, oneOnOneTomorrow: true, updateDue: false, weeklyWins: true }, winsDay: 4, timeZone: 'America/New_York', workingHours: { start: '09:00', end: '18:30', days: [1, 2, 3, 4] } });
    await context.close();
  });

  it('says what to fix and saves nothing for hours that end before they start or no working day', async () => {
    const user = newUser('Omar');
    const { context, page } = await stack.open(user, { hash: '/nudges' });
    await loaded(page);
    await page.getByLabel('and end').fill('08:00');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await page.getByRole('checkbox', { name: day }).uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.getByText('Working hours must end after they start.').count()).toBe(1);
    expect(await page.getByText('Pick at least one working day.').count()).toBe(1);
    expect((await (await clientFor(stack.api, user)).request('GET', '/me/nudge-settings')).body.version).toBeNull();
    await context.close();
  });

  it('never saves over a change made in another window: it shows what is in force instead', async () => {
    const user = newUser('Pia');
    const { context, page } = await stack.open(user, { hash: '/nudges' });
    await loaded(page);
    const client = await clientFor(stack.api, user);
    const first = await client.request('GET', '/me/nudge-settings');
    const settings = first.body.settings as Record<string, unknown>;
    expect((await client.request('PUT', '/me/nudge-settings', { body: { ...settings, timeZone: 'Asia/Tokyo' } })).status).toBe(200);

    await page.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.getByRole('alert').innerText()).toContain('changed in another window');
    await poll(() => page.getByRole('combobox', { name: 'My time zone' }).inputValue()).toBe('Asia/Tokyo');
    expect((await client.request('GET', '/me/nudge-settings')).body.settings).toMatchObject({ timeZone: 'Asia/Tokyo' });
    await context.close();
  });

  it.each(A11Y_CASES)('has no serious violations ($theme, $width px)', async ({ theme, width }) => {
    const { context, page } = await stack.open(newUser('Quinn'), { theme, width, hash: '/nudges' });
    await loaded(page);
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });
});
