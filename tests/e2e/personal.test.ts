import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { A11Y_CASES, expectAccessibleDialog, newUser, poll, settled } from '../support/e2e';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

/** Creates items through the API as `user`, for tests about what the tab shows. */
async function seed(user: string) {
  const client = await clientFor(stack.api, user);
  const create = async (path: string, body: Record<string, unknown>) => {
    const response = await client.request('POST', path, { body });
    expect(response.status).toBe(201);
    return { id: String(response.body.id), etag: String(response.body.etag) };
  };
  return {
    client,
    goal: (title: string, extra: Record<string, unknown> = {}) => create('/me/goals', { title, why: `Why ${title}`, horizon: '1y', ...extra }),
    win: (title: string, date: string, extra: Record<string, unknown> = {}) => create('/me/wins', { title, impact: `Impact of ${title}`, date, ...extra }),
  };
}

const goalsRegion = (page: Page) => page.getByRole('region', { name: 'Career goals' });
const winsRegion = (page: Page) => page.getByRole('region', { name: 'Wins' });
const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

/** Waits until the overview has loaded (the add buttons appear once data is in). */
async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('button', { name: 'Add win' }).isVisible()).toBe(true);
}

async function winTitles(page: Page): Promise<string[]> {
  return winsRegion(page).getByRole('heading', { level: 3 }).allInnerTexts();
}

async function fillGoalForm(dialog: Locator, goal: { title: string; why: string; horizon: string }) {
  await dialog.getByRole('textbox', { name: 'Goal' }).fill(goal.title);
  await dialog.getByRole('textbox', { name: 'Why it matters to you' }).fill(goal.why);
  await dialog.getByRole('radio', { name: goal.horizon }).check();
}

async function addWin(page: Page, win: { title: string; impact: string; date: string; evidence?: string; goal?: string; share?: boolean }) {
  await page.getByRole('button', { name: 'Add win' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a win' });
  await dialog.getByRole('textbox', { name: 'What happened' }).fill(win.title);
  await dialog.getByRole('textbox', { name: 'Impact' }).fill(win.impact);
  await dialog.getByLabel('Date').fill(win.date);
  if (win.evidence !== undefined) await dialog.getByRole('textbox', { name: 'Evidence link' }).fill(win.evidence);
  if (win.goal !== undefined) await dialog.getByRole('combobox', { name: 'Goal it advances' }).selectOption({ label: win.goal });
  if (win.share === true) await dialog.getByRole('switch', { name: 'Share in my 1:1' }).check();
  await dialog.getByRole('button', { name: 'Add win' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('personal tab: goals and wins', () => {
  it('adds a goal and a win linked to it; after a reload both are there and the goal shows the win', async () => {
    const { context, page } = await stack.open(newUser('Avery'));
    await loaded(page);
    await poll(() => page.getByRole('heading', { name: 'Where do you want to be?' }).isVisible()).toBe(true);
    await poll(() => page.getByRole('heading', { name: 'Keep a record of your wins' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Add goal' }).click();
    const goalDialog = page.getByRole('dialog', { name: 'Add a career goal' });
    // Saving an empty form shows the contract's message next to the field, and sends nothing.
    await goalDialog.getByRole('button', { name: 'Add goal' }).click();
    await poll(() => goalDialog.getByText('Required.').isVisible()).toBe(true);
    await fillGoalForm(goalDialog, { title: 'Lead a product team', why: 'I enjoy growing people.', horizon: '5 years' });
    await goalDialog.getByRole('button', { name: 'Add goal' }).click();
    await goalDialog.waitFor({ state: 'detached' });
    await poll(() => page.getByRole('status').filter({ hasText: 'Goal added: Lead a product team' }).isVisible()).toBe(true);
    // Focus is back on the button that opened the dialog.
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add goal');

    await addWin(page, {
      title: 'Shipped the onboarding flow',
      impact: 'New hires productive in 2 days instead of 5.',
      date: '2026-03-10',
      evidence: 'https://example.com/pr/42',
      goal: 'Lead a product team',
      share: true,
    });
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add win');

    await page.reload();
    await loaded(page);
    const goal = card(page, 'Lead a product team');
    await poll(() => goal.innerText()).toContain('Advanced by 1 win');
    await poll(() => goal.innerText()).toContain('Shipped the onboarding flow');
    await poll(() => goalsRegion(page).getByRole('heading', { name: 'In 5 years' }).isVisible()).toBe(true);
    const win = card(page, 'Shipped the onboarding flow');
    expect(await win.innerText()).toContain('Shared in 1:1');
    expect(await win.innerText()).toContain('Advances: Lead a product team');
    const evidence = win.getByRole('link', { name: /Evidence/ });
    expect(await evidence.getAttribute('href')).toBe('https://example.com/pr/42');
    expect(await evidence.getAttribute('target')).toBe('_blank');
    expect(await evidence.getAttribute('rel')).toBe('noopener noreferrer');
    await context.close();
  });

  it('shows the server’s field errors next to the field', async () => {
    const user = newUser('Quinn');
    await (await seed(user)).goal('Speak at a conference');
    const { context, page } = await stack.open(user);
    await loaded(page);
    await page.getByRole('button', { name: 'Add win' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a win' });
    await dialog.getByRole('textbox', { name: 'What happened' }).fill('Gave a talk');
    await dialog.getByRole('combobox', { name: 'Goal it advances' }).selectOption({ label: 'Speak at a conference' });
    // The goal goes away in another window: only the server can know, and it says so for the field.
    await page.route('**/api/me/wins', (route) =>
      route.fulfill({
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
        body: JSON.stringify({ type: 'x', title: 'Some fields are not valid.', status: 400, code: 'invalid_request', errors: [{ path: 'goalId', message: 'No such goal.' }] }),
      }),
    );
    await dialog.getByRole('button', { name: 'Add win' }).click();
    await poll(() => dialog.getByText('No such goal.').isVisible()).toBe(true);
    await poll(() => dialog.getByRole('combobox', { name: 'Goal it advances' }).getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('shows the newer version when the same goal was edited in another window, and never overwrites it', async () => {
    const user = newUser('Blake');
    const data = await seed(user);
    const { id } = await data.goal('Become a staff engineer');
    const first = await stack.open(user);
    const second = await stack.open(user);
    await loaded(first.page);
    await loaded(second.page);

    // Both windows open the goal before either saves.
    await first.page.getByRole('button', { name: 'Edit goal: Become a staff engineer' }).click();
    await second.page.getByRole('button', { name: 'Edit goal: Become a staff engineer' }).click();
    const firstDialog = first.page.getByRole('dialog', { name: 'Edit goal' });
    const secondDialog = second.page.getByRole('dialog', { name: 'Edit goal' });
    await firstDialog.getByRole('textbox', { name: 'Goal' }).fill('Become a principal engineer');
    await secondDialog.getByRole('textbox', { name: 'Goal' }).fill('Become an engineering manager');

    await firstDialog.getByRole('button', { name: 'Save' }).click();
    await firstDialog.waitFor({ state: 'detached' });
    await secondDialog.getByRole('button', { name: 'Save' }).click();
    const conflict = secondDialog.getByRole('alert').filter({ hasText: 'This goal was changed in another window.' });
    await poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.innerText()).toContain('We’ve loaded the newer version — review and save again.');
    expect(await secondDialog.getByRole('textbox', { name: 'Goal' }).inputValue()).toBe('Become a principal engineer');
    await secondDialog.getByRole('button', { name: 'Cancel' }).click();
    await secondDialog.waitFor({ state: 'detached' });
    // The page behind the dialog shows the newer version too.
    await poll(() => card(second.page, 'Become a principal engineer').isVisible()).toBe(true);

    await second.page.reload();
    await loaded(second.page);
    await poll(() => card(second.page, 'Become a principal engineer').isVisible()).toBe(true);
    expect(await card(second.page, 'Become an engineering manager').count()).toBe(0);
    const stored = await data.client.request('GET', `/me/goals/${id}`);
    expect(stored.body.title).toBe('Become a principal engineer');
    await first.context.close();
    await second.context.close();
  });

  it('renders user text as text: a win titled like HTML runs nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { context, page } = await stack.open(newUser('Mallory'));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await loaded(page);
    await addWin(page, { title: hostile, impact: '<script>alert(2)</script>', date: '2026-01-05' });
    await page.reload();
    await loaded(page);
    await poll(() => page.getByRole('heading', { name: hostile, exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('<script>alert(2)</script>', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('asks before deleting: cancel keeps the win, confirm removes it for good', async () => {
    const user = newUser('Drew');
    await (await seed(user)).win('Fixed the flaky deploy', '2026-02-01');
    const { context, page } = await stack.open(user);
    await loaded(page);
    const deleteButton = page.getByRole('button', { name: 'Delete win: Fixed the flaky deploy' });

    await deleteButton.click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this win?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await card(page, 'Fixed the flaky deploy').isVisible()).toBe(true);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Delete win: Fixed the flaky deploy');

    await deleteButton.click();
    // The delete goes out once the toast's Undo window has passed.
    const deleted = page.waitForResponse((response) => response.request().method() === 'DELETE', { timeout: 20_000 });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.waitFor({ state: 'detached' });
    await poll(() => card(page, 'Fixed the flaky deploy').count()).toBe(0);
    await poll(() => page.getByRole('status').filter({ hasText: 'Win deleted: Fixed the flaky deploy' }).isVisible()).toBe(true);
    // The button that opened the dialog is gone with its win: focus lands on the section heading.
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Wins');

    expect((await deleted).status()).toBe(204);
    await page.reload();
    await loaded(page);
    expect(await card(page, 'Fixed the flaky deploy').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Keep a record of your wins' }).isVisible()).toBe(true);
    await context.close();
  });

  it('filters wins by goal and by date range, newest first; a goal’s "Show wins" filters to it', async () => {
    const user = newUser('Emery');
    const data = await seed(user);
    const growth = await data.goal('Grow the team');
    const speaking = await data.goal('Speak in public');
    await data.win('Hired two engineers', '2026-01-10', { goalId: growth.id });
    await data.win('Internal tech talk', '2026-02-15', { goalId: speaking.id });
    await data.win('Mentored an intern', '2026-03-20', { goalId: growth.id });
    await data.win('Closed the Q1 books early', '2026-04-01');
    const { context, page } = await stack.open(user);
    await loaded(page);
    const all = ['Closed the Q1 books early', 'Mentored an intern', 'Internal tech talk', 'Hired two engineers'];
    await poll(() => winTitles(page)).toEqual(all);

    const filters = page.getByRole('group', { name: 'Filter wins' });
    await filters.getByRole('combobox', { name: 'Goal' }).selectOption({ label: 'Grow the team' });
    await poll(() => winTitles(page)).toEqual(['Mentored an intern', 'Hired two engineers']);
    expect(await winsRegion(page).getByRole('status').innerText()).toBe('Showing 2 of 4 wins');
    await filters.getByLabel('From').fill('2026-03-01');
    await poll(() => winTitles(page)).toEqual(['Mentored an intern']);

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await poll(() => winTitles(page)).toEqual(all);

    await filters.getByLabel('From').fill('2026-02-01');
    await filters.getByLabel('To').fill('2026-03-31');
    await poll(() => winTitles(page)).toEqual(['Mentored an intern', 'Internal tech talk']);
    await filters.getByLabel('From').fill('2026-04-15');
    await poll(() => winsRegion(page).getByRole('heading', { name: 'No wins match these filters' }).isVisible()).toBe(true);
    await filters.getByRole('button', { name: 'Clear filters' }).click();

    await card(page, 'Speak in public').getByRole('button', { name: 'Show wins for Speak in public' }).click();
    await poll(() => winTitles(page)).toEqual(['Internal tech talk']);
    expect(await filters.getByRole('combobox', { name: 'Goal' }).inputValue()).toBe(speaking.id);
    await context.close();
  });

  it('shows a storage failure with what to do, then recovers by itself', async () => {
    const user = newUser('Finley');
    await (await seed(user)).goal('Run a 10k');
    const { context, page } = await stack.open(user);
    await loaded(page);
    // Storage fails until the test has seen the message (the page may ask more than once), then recovers.
    let storageDown = true;
    let failures = 0;
    await page.route('**/api/me/overview', async (route) => {
      if (!storageDown) return route.fallback();
      failures += 1;
      return route.fulfill({
        status: 503,
        headers: { 'Retry-After': '1', 'Content-Type': 'application/problem+json' },
        body: JSON.stringify({ type: 'x', title: 'Storage is unavailable. Try again shortly.', status: 503, code: 'storage_unavailable' }),
      });
    });
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Upward’s storage is not answering right now. Retrying shortly…' });
    await poll(() => alert.isVisible()).toBe(true);
    expect(await alert.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
    expect(await card(page, 'Run a 10k').count()).toBe(0);
    storageDown = false;
    // No click: the tab retries by itself when the server says when (Retry-After).
    await poll(() => card(page, 'Run a 10k').isVisible()).toBe(true);
    expect(await alert.count()).toBe(0);
    expect(failures).toBeGreaterThan(0);
    await context.close();
  });
});

describe('personal tab accessibility', () => {
  it.each(A11Y_CASES)('has no serious violations with data and with an add dialog open ($theme, $width px)', async ({ theme, width }) => {
    const user = newUser('Harper');
    const data = await seed(user);
    const goal = await data.goal('Lead the platform team', { horizon: '5y', progress: 40 });
    await data.goal('Ship the mobile app', { horizon: 'date', targetDate: '2026-12-31', status: 'achieved', progress: 100 });
    await data.win('Cut build time in half', '2026-03-02', {
      goalId: goal.id,
      evidenceUrl: 'https://example.com/dashboards/build',
      sharedInOneOnOne: true,
    });
    await data.win('Onboarded three new hires', '2026-02-11');
    const { context, page } = await stack.open(user, { theme, width });
    await loaded(page);
    await card(page, 'Cut build time in half').waitFor();
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const name = `${theme}-${width}`;
    await page.screenshot({ path: `/tmp/upward-personal-${name}.png`, fullPage: true });
    // Nothing may scroll sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    for (const [button, dialogName] of [
      ['Add win', 'Add a win'],
      ['Add goal', 'Add a career goal'],
    ] as const) {
      await expectAccessibleDialog(page, button, dialogName, async () => {
        await page.screenshot({ path: `/tmp/upward-dialog-${button.replace(' ', '-').toLowerCase()}-${name}.png` });
      });
      await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(button);
    }
    await context.close();
  });
});
