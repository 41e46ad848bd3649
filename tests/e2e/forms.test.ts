import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/apiHarness';
import { newUser, poll } from '../support/e2e';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('button', { name: 'Add win' }).isVisible()).toBe(true);
}

/** Whether focus is inside `selector` (a dialog), not fallen to the page. */
const focusInside = (page: Page, selector: string) =>
  page.evaluate((within) => document.querySelector(within)?.contains(document.activeElement) === true && document.activeElement !== document.body, selector);

describe('forms and dialogs when things fail', () => {
  it('a dialog whose code cannot be loaded says so in place with Retry, and opens once the network is back', async () => {
    const { context, page } = await stack.open(newUser('Robin'));
    await loaded(page);
    // The dialog's code is fetched on demand: fail exactly that, as a dropped network would,
    // under whatever address a retry asks for it.
    let offline = true;
    await page.route(/\/assets\/GoalDialog-[^/?]+\.js(\?.*)?$/, (route) => (offline ? route.abort('internetdisconnected') : route.fallback()));
    await page.getByRole('button', { name: 'Add goal' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await poll(() => notice.isVisible()).toBe(true);
    // The rest of the tab is still there and usable: no whole-tab crash.
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add win' }).isVisible()).toBe(true);
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Retry');

    offline = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('dialog', { name: 'Add a career goal' }).waitFor();
    expect(await notice.count()).toBe(0);
    await context.close();
  });

  it.each([
    { screen: 'the chat tab', chunk: 'lazyScreens', hash: '/chat' },
    { screen: 'the dev bar', chunk: 'DevBar', hash: '/personal' },
  ])('$screen, when its code cannot be loaded, says so in place with Retry and shows once the network is back', async ({ screen, chunk, hash }) => {
    const { context, page } = await stack.open(newUser('Robin'), { hash });
    const shown = () =>
      screen === 'the dev bar'
        ? page.getByRole('region', { name: 'Local development' }).isVisible()
        : page.getByText(/in the Local development bar above/).isVisible();
    await poll(shown).toBe(true);
    // Opened again with its code unreachable, as after the network dropped.
    let offline = true;
    await page.route(new RegExp(`/assets/${chunk}-[^/?]+\\.js(\\?.*)?$`), (route) => (offline ? route.abort('internetdisconnected') : route.fallback()));
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await poll(() => notice.isVisible()).toBe(true);
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    expect(await shown()).toBe(false);
    // A whole screen has nothing to go back to: Retry only.
    expect(await notice.getByRole('button', { name: 'Cancel' }).count()).toBe(0);

    offline = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await poll(shown).toBe(true);
    expect(await notice.count()).toBe(0);
    await context.close();
  });

  it('a save that fails offline says what to do, keeps focus in the dialog, and Esc still works (asking first)', async () => {
    const { context, page } = await stack.open(newUser('Sasha'));
    await loaded(page);
    await page.getByRole('button', { name: 'Add goal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a career goal' });
    await dialog.getByRole('textbox', { name: 'Goal' }).fill('Lead a product team');
    await context.setOffline(true);
    await dialog.getByRole('button', { name: 'Add goal' }).click();
    const failure = dialog.getByRole('alert').filter({ hasText: 'Cannot reach Upward. Check your connection, then try again.' });
    await poll(() => failure.isVisible()).toBe(true);
    expect(await page.getByText(/keep trying/).count()).toBe(0);
    await poll(() => focusInside(page, '[role="dialog"]')).toBe(true);

    await page.keyboard.press('Escape');
    const discard = page.getByRole('alertdialog', { name: 'Discard your changes?' });
    await discard.waitFor();
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await discard.waitFor({ state: 'detached' });
    expect(await dialog.getByRole('textbox', { name: 'Goal' }).inputValue()).toBe('Lead a product team');

    // Back online, the same dialog saves.
    await context.setOffline(false);
    await dialog.getByRole('button', { name: 'Add goal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => card(page, 'Lead a product team').isVisible()).toBe(true);
    await context.close();
  });

  it('a failed load offline says it will keep trying, and does when the network returns', async () => {
    const user = newUser('Quinn');
    const client = await clientFor(stack.api, user);
    expect((await client.request('POST', '/me/goals', { body: { title: 'Run a 10k', horizon: '1y' } })).status).toBe(201);
    const { context, page } = await stack.open(user);
    await loaded(page);
    // Offline for the API only, so the reload still gets the tab itself.
    let offline = true;
    await page.route('**/api/me/overview', (route) => (offline ? route.abort('internetdisconnected') : route.fallback()));
    await page.reload();
    await poll(() => page.getByRole('alert').filter({ hasText: 'Check your connection; we will keep trying.' }).isVisible()).toBe(true);
    offline = false;
    await context.setOffline(true);
    await context.setOffline(false);
    // Sooner than the 5-second retry timer: the 'online' event itself brings the data back.
    await poll(() => card(page, 'Run a 10k').isVisible(), 2500).toBe(true);
    await context.close();
  });
});

describe('undo', () => {
  it('Undo in the toast brings a deleted goal back, still there after a reload; without Undo it is gone', async () => {
    const user = newUser('Taylor');
    const client = await clientFor(stack.api, user);
    const kept = await client.request('POST', '/me/goals', { body: { title: 'Speak at a conference', horizon: '5y' } });
    await client.request('POST', '/me/goals', { body: { title: 'Learn Rust', horizon: '1y' } });
    const { context, page } = await stack.open(user);
    await loaded(page);

    await page.getByRole('button', { name: 'Delete goal: Speak at a conference' }).click();
    await page.getByRole('alertdialog', { name: 'Delete this goal?' }).getByRole('button', { name: 'Delete' }).click();
    await poll(() => card(page, 'Speak at a conference').count()).toBe(0);
    const toast = page.getByRole('status').filter({ hasText: 'Goal deleted: Speak at a conference' });
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('goals-heading');
    await toast.getByRole('button', { name: 'Undo deleting goal: Speak at a conference' }).click();
    await poll(() => card(page, 'Speak at a conference').isVisible()).toBe(true);
    // The Undo button goes with its toast: focus is back where it was, not fallen to the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('goals-heading');
    await poll(() => page.getByRole('status').filter({ hasText: 'Restored: Speak at a conference' }).isVisible()).toBe(true);
    await page.reload();
    await loaded(page);
    await poll(() => card(page, 'Speak at a conference').isVisible()).toBe(true);
    // The very item, same id: nothing was deleted.
    expect((await client.request('GET', `/me/goals/${String(kept.body.id)}`)).status).toBe(200);

    await page.getByRole('button', { name: 'Delete goal: Learn Rust' }).click();
    await page.getByRole('alertdialog', { name: 'Delete this goal?' }).getByRole('button', { name: 'Delete' }).click();
    await poll(() => card(page, 'Learn Rust').count()).toBe(0);
    // Reloading at once still deletes it: the waiting delete goes out as the page leaves.
    await page.reload();
    await loaded(page);
    await poll(async () => (await client.request('GET', '/me/goals')).body.items?.map((goal) => goal.title), 15_000).toEqual(['Speak at a conference']);
    await page.reload();
    await loaded(page);
    expect(await card(page, 'Learn Rust').count()).toBe(0);
    await context.close();
  });

  it.each([1280, 375])('the toast covers no card button (%i px)', async (width) => {
    const user = newUser('Morgan');
    const client = await clientFor(stack.api, user);
    for (let i = 0; i < 6; i++) await client.request('POST', '/me/goals', { body: { title: `Goal ${i}`, horizon: '1y' } });
    for (let i = 0; i < 6; i++) await client.request('POST', '/me/wins', { body: { title: `Win ${i}`, date: '2026-03-0' + String(i + 1) } });
    for (let i = 0; i < 6; i++) await client.request('POST', '/me/commitments', { body: { title: `Commitment ${i}` } });
    const { context, page } = await stack.open(user, { width });
    await loaded(page);
    const overlaps = () =>
      page.evaluate(() => {
        const toast = document.querySelector('[role="status"][aria-live="polite"] > div');
        if (toast === null) return -1;
        const t = toast.getBoundingClientRect();
        return [...document.querySelectorAll('article button')].filter((button) => {
          const b = button.getBoundingClientRect();
          return b.width > 0 && b.left < t.right && b.right > t.left && b.top < t.bottom && b.bottom > t.top;
        }).length;
      });
    for (const title of ['Win 2', 'Goal 3', 'Commitment 4']) {
      const noun = title.split(' ')[0]?.toLowerCase() ?? '';
      await page.getByRole('button', { name: `Delete ${noun}: ${title}` }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('button', { name: `Undo deleting ${noun}: ${title}` }).waitFor();
      expect(await overlaps()).toBe(0);
      // Scrolled anywhere, it still keeps clear of the cards' buttons.
      for (const y of [0, 400, 800, 100_000]) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await poll(() => overlaps()).toBe(0);
      }
      await page.getByRole('button', { name: `Undo deleting ${noun}: ${title}` }).click();
    }
    // Drop's toast keeps clear of them too.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Drop: Commitment 5' }).click();
    await page.getByRole('button', { name: 'Undo dropping Commitment 5' }).waitFor();
    for (const y of [0, 400, 800, 100_000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await poll(() => overlaps()).toBe(0);
    }
    await context.close();
  });
});
