import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../api/src/domain/calendarDates';
import { todayIsoDate } from '../../src/shared/ui/localDate';
import { clientFor } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { newUser, poll, settled } from '../support/e2e';
import { boxOf, brightness, brightnessSpread, pixelAt, viewportPixels } from '../support/pixels';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

const today = todayIsoDate();
/** A phone: the width and height of a common handset. */
const PHONE = { width: 375, height: 812 } as const;
const shot = (name: string) => `/tmp/upward-layout-${name}.png`;

/** Creates items through the API as `user`. */
async function seed(user: string) {
  const client = await clientFor(stack.api, user);
  return async (path: string, body: Record<string, unknown>) => expect((await client.request('POST', path, { body })).status).toBe(201);
}

/** Waits for the loaded screen and the dev bar (its code loads on its own). */
async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('button', { name: 'Add commitment' }).isVisible()).toBe(true);
  await page.getByRole('region', { name: 'Local development' }).waitFor();
  await settled(page);
}

/** Opens the tab as a phone shows it. */
async function openPhone(user: string, theme: 'light' | 'dark' | 'contrast' = 'light') {
  const opened = await stack.open(user, { theme, width: PHONE.width });
  await opened.page.setViewportSize(PHONE);
  return opened;
}

/** Whether a click at the middle of `locator`'s box (or at `dx` px from its left) lands on it, rather than on something laid over it. */
async function reachable(locator: Locator, dx?: number): Promise<boolean> {
  const box = await boxOf(locator);
  const point = { x: box.x + (dx ?? box.width / 2), y: box.y + box.height / 2 };
  return locator.evaluate((element, { x, y }) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && element.contains(hit);
  }, point);
}

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const devBar = (page: Page) => page.getByRole('region', { name: 'Local development' });

describe('the dev bar leaves the page usable', () => {
  it('keeps the page visible and clickable while the Theme dropdown is open and after a theme is picked', async () => {
    const { context, page } = await stack.open(newUser('Avery'));
    await loaded(page);
    expect(await reachable(page.getByRole('combobox', { name: 'Theme' }))).toBe(true);
    await page.getByRole('combobox', { name: 'Theme' }).click({ timeout: 5_000 });
    await page.getByRole('option', { name: 'Dark' }).waitFor({ timeout: 5_000 });
    await settled(page);
    await viewportPixels(page, shot('theme-open'));
    // The heading under the bar is still what a pointer meets, not a layer laid over the page.
    expect(await reachable(title(page), 20)).toBe(true);
    await page.getByRole('option', { name: 'Dark' }).click();
    await poll(() => page.getByRole('combobox', { name: 'Theme' }).innerText()).toBe('Dark');
    await settled(page);
    await viewportPixels(page, shot('theme-closed'));
    expect(await reachable(page.getByRole('button', { name: 'Add goal' }))).toBe(true);
    await page.getByRole('button', { name: 'Add goal' }).click({ timeout: 5_000 });
    await page.getByRole('dialog', { name: 'Add a career goal' }).waitFor();
    await context.close();
  });

  it('keeps the page visible and clickable while typing in "Signed in as"', async () => {
    const { context, page } = await stack.open(newUser('Avery'));
    await loaded(page);
    const signedInAs = page.getByRole('combobox', { name: 'Signed in as' });
    expect(await reachable(signedInAs)).toBe(true);
    await signedInAs.click({ timeout: 5_000 });
    await page.keyboard.type('M');
    await page.getByRole('listbox').waitFor();
    await settled(page);
    await viewportPixels(page, shot('user-open'));
    expect(await reachable(title(page), 20)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await reachable(page.getByRole('button', { name: 'Add goal' }))).toBe(true);
    await page.getByRole('button', { name: 'Add goal' }).click({ timeout: 5_000 });
    await page.getByRole('dialog', { name: 'Add a career goal' }).waitFor();
    await context.close();
  });
});

describe('the first screen stays put', () => {
  it.each([1280, 375])('nothing that arrives after it shows pushes it under the pointer (%i px)', async (width) => {
    const user = newUser('Quinn');
    const post = await seed(user);
    await post('/me/goals', { title: 'Lead a product team', horizon: '5y' });
    await post('/me/wins', { title: 'Shipped the importer', date: today });
    await post('/me/commitments', { title: 'Send the Q3 numbers', dueDate: addDays(today, 3) });
    const { context, page } = await stack.open(user, { width });
    await loaded(page);
    // Layout shifts since the page began, as Chromium measures them for Core Web Vitals.
    const shifts = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as unknown as { value: number; sources?: { node?: Node }[] }[];
            resolve(entries.filter((entry) => entry.value > 0).map((entry) => `${entry.value.toFixed(3)} ${entry.sources?.[0]?.node?.nodeName ?? ''}`));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve([]), 1000);
        }),
    );
    expect(shifts).toEqual([]);
    await context.close();
  });
});

describe('dialogs', () => {
  it('dim the page behind them instead of hiding it', async () => {
    const { context, page } = await stack.open(newUser('Avery'));
    await loaded(page);
    const heading = await boxOf(title(page));
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('dialog', { name: 'Add a career goal' }).waitFor();
    await settled(page);
    const png = await viewportPixels(page, shot('dialog-backdrop'));
    // The heading's first letters show through the backdrop: not one flat colour.
    expect(brightnessSpread(png, { ...heading, width: 60 })).toBeGreaterThan(0.2);
    // The page is dimmed: the light page background (#fafafa) comes through darker.
    const backdrop = brightness(pixelAt(png, 4, png.height - 4));
    expect(backdrop).toBeLessThan(0.8);
    expect(backdrop).toBeGreaterThan(0.2);
    await context.close();
  });

  it('sit in the middle of a phone screen, with room on both sides', async () => {
    const user = newUser('Avery');
    await (await seed(user))('/me/goals', { title: 'Lead a team', why: 'I like growing people.', horizon: '5y' });
    const { context, page } = await openPhone(user);
    await loaded(page);
    for (const [opener, role, name] of [
      ['Add goal', 'dialog', 'Add a career goal'],
      ['Delete goal: Lead a team', 'alertdialog', 'Delete this goal?'],
    ] as const) {
      await page.getByRole('button', { name: opener }).click();
      const dialog = page.getByRole(role, { name });
      await dialog.waitFor();
      await settled(page);
      await viewportPixels(page, shot(`dialog-phone-${role}`));
      const box = await boxOf(dialog);
      // Measured against the dimmed backdrop, which spans the window but for the scrollbar's
      // gutter that this desktop Chromium keeps (a phone's scrollbars take no room).
      const backdrop = await boxOf(page.locator('.fui-DialogSurface__backdrop'));
      const left = box.x - backdrop.x;
      const right = backdrop.x + backdrop.width - (box.x + box.width);
      expect(left).toBeGreaterThanOrEqual(8);
      expect(Math.abs(left - right)).toBeLessThanOrEqual(2);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    await context.close();
  });
});

describe('themes', () => {
  it.each([
    { theme: 'dark', width: 1280 },
    { theme: 'dark', width: 375 },
    { theme: 'contrast', width: 1280 },
    { theme: 'contrast', width: 375 },
  ] as const)('the $theme background reaches every edge of the window ($width px), with no white frame', async ({ theme, width }) => {
    const { context, page } = await stack.open(newUser('Avery'), { theme, width });
    await loaded(page);
    const png = await viewportPixels(page, shot(`edges-${theme}-${width}`));
    for (const [x, y] of [
      [0, 0],
      [png.width - 1, 0],
      [0, png.height - 1],
      [png.width - 1, png.height - 1],
      [0, Math.floor(png.height / 2)],
    ] as const) {
      expect(brightness(pixelAt(png, x, y)), `pixel at ${x},${y}`).toBeLessThan(0.3);
    }
    await context.close();
  });

  it('shows progress tracks in high contrast, also at 0%', async () => {
    const user = newUser('Avery');
    const create = await seed(user);
    await create('/me/goals', { title: 'Get promoted', why: 'More say in what we build.', horizon: '1y' });
    // Open and past its due date: missed, so the follow-through is 0%.
    await create('/me/commitments', { title: 'Send the numbers', dueDate: addDays(today, -3) });
    const { context, page } = await stack.open(user, { theme: 'contrast' });
    await loaded(page);
    await poll(() => page.getByText('Follow-through: 0%').isVisible()).toBe(true);
    for (const bar of [
      page.getByRole('progressbar', { name: 'Progress on Get promoted' }),
      page.getByRole('region', { name: 'Commitments' }).getByRole('progressbar'),
    ]) {
      const png = await viewportPixels(page, shot('contrast-progress'));
      // The track stands out from the black page: a bar at 0% is still a visible, empty bar.
      expect(brightnessSpread(png, await boxOf(bar))).toBeGreaterThan(0.5);
    }
    await context.close();
  });
});

describe('on a phone', () => {
  it('shows an overdue commitment on the first screen, before the goals and wins', async () => {
    const user = newUser('Avery');
    const create = await seed(user);
    for (const goal of ['Lead a product team', 'Speak at a conference', 'Own the billing roadmap']) {
      await create('/me/goals', { title: goal, why: `Why: ${goal}, because it matters to me and to the team.`, horizon: '1y' });
    }
    for (let day = 1; day <= 5; day++) {
      await create('/me/wins', { title: `Shipped release ${day}`, impact: 'Customers got the fix a week early.', date: addDays(today, -day) });
    }
    await create('/me/commitments', { title: 'Review the hiring plan', dueDate: addDays(today, -2), toWhom: 'Morgan' });
    await create('/me/commitments', { title: 'Learn the billing system', dueDate: addDays(today, 40) });
    const { context, page } = await openPhone(user);
    await loaded(page);
    await viewportPixels(page, shot('phone-first-screen'));
    const overdue = await boxOf(page.getByRole('article', { name: 'Review the hiring plan', exact: true }));
    expect(overdue.y + overdue.height).toBeLessThanOrEqual(PHONE.height);
    // Screen readers and the keyboard meet it first too: the commitments come before the goals in the page.
    const commitmentsFirst = await page
      .getByRole('region', { name: 'Commitments' })
      .evaluate((commitments) => {
        const goals = document.getElementById('goals-heading');
        return goals !== null && (commitments.compareDocumentPosition(goals) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
    expect(commitmentsFirst).toBe(true);
    await context.close();
  });

  it.each(['light', 'dark', 'contrast'] as const)('keeps the dev bar to one short line that opens from the keyboard (%s)', async (theme) => {
    const { context, page } = await openPhone(newUser('Avery'), theme);
    await loaded(page);
    await viewportPixels(page, shot(`devbar-phone-${theme}`));
    expect((await boxOf(devBar(page))).height).toBeLessThan(PHONE.height * 0.15);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const toggle = devBar(page).getByRole('button', { name: 'Local settings' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('combobox', { name: 'Signed in as' }).isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await poll(() => page.getByRole('combobox', { name: 'Signed in as' }).isVisible()).toBe(true);
    await settled(page);
    await viewportPixels(page, shot(`devbar-phone-${theme}-open`));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('combobox', { name: 'Signed in as' }).isVisible()).toBe(false);
    await context.close();
  });

  it('shows the dev bar fields at once on a wide screen, with no disclosure', async () => {
    const { context, page } = await stack.open(newUser('Avery'));
    await loaded(page);
    expect(await page.getByRole('combobox', { name: 'Signed in as' }).isVisible()).toBe(true);
    expect(await devBar(page).getByRole('button', { name: 'Local settings' }).isVisible()).toBe(false);
    await context.close();
  });
});
