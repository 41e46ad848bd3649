import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../api/src/domain/calendarDates';
import { devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import { clientFor } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { addUpwardToChat, openChatTab, pair, region } from '../support/chatTab';
import { A11Y_CASES, poll, settled } from '../support/e2e';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

// The browser and the API run on this machine: the page's local date is this process's.
const pad = (value: number) => String(value).padStart(2, '0');
const now = new Date();
const today = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** A 1:1 with Upward added and roles set, and the employee's client. */
async function chatWithRoles() {
  const { employee, manager } = pair();
  const chatId = await addUpwardToChat(stack, employee, manager);
  const client = await clientFor(stack.api, employee);
  const roles = await client.request('PUT', `/chats/${encodeURIComponent(chatId)}/settings`, { body: { roles: { employee: devUserObjectId(employee), manager: devUserObjectId(manager) } } });
  expect(roles.status).toBe(200);
  const post = async (path: string, body: Record<string, unknown>) => {
    const response = await client.request('POST', path, { body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  };
  return { employee, manager, chatId, post };
}

const ROADMAP = { title: 'Send the roadmap', details: '', toWhom: 'Morgan', dueDate: addDays(today, 2), sharedInOneOnOne: true };
const BETA = { title: 'Shipped the beta', impact: 'Two weeks early', date: today, sharedInOneOnOne: true };

/** {@link chatWithRoles} with news since no update yet: a commitment coming due, two shared wins and a private one. */
async function employeeWithNews() {
  const chat = await chatWithRoles();
  await chat.post('/me/commitments', ROADMAP);
  await chat.post('/me/wins', BETA);
  await chat.post('/me/wins', { title: 'Fixed the flaky build', impact: '', date: today, sharedInOneOnOne: true });
  await chat.post('/me/wins', { title: 'SECRET private win', impact: '', date: today, sharedInOneOnOne: false });
  return chat;
}

/** Writes the commitment and the win in the personal tab's own dialogs, shared in the 1:1. */
async function writeInPersonalTab(page: Page): Promise<void> {
  await poll(() => page.getByRole('button', { name: 'Add commitment' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Add commitment' }).click();
  const commitment = page.getByRole('dialog', { name: 'Add a commitment' });
  await commitment.getByRole('textbox', { name: 'What you promised' }).fill(ROADMAP.title);
  await commitment.getByRole('textbox', { name: 'To whom' }).fill(ROADMAP.toWhom);
  await commitment.getByLabel('Due date').fill(ROADMAP.dueDate);
  await commitment.getByRole('switch', { name: 'Share in my 1:1' }).check();
  await commitment.getByRole('button', { name: 'Add commitment' }).click();
  await commitment.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Add win' }).click();
  const win = page.getByRole('dialog', { name: 'Add a win' });
  await win.getByRole('textbox', { name: 'What happened' }).fill(BETA.title);
  await win.getByRole('textbox', { name: 'Impact' }).fill(BETA.impact);
  await win.getByLabel('Date').fill(BETA.date);
  await win.getByRole('switch', { name: 'Share in my 1:1' }).check();
  await win.getByRole('button', { name: 'Add win' }).click();
  await win.waitFor({ state: 'detached' });
}

const draftRegion = (page: Page) => region(page, 'Your next update');

async function draftLoaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Progress update');
  await draftRegion(page).getByRole('checkbox', { name: 'Shipped the beta' }).waitFor();
}

/** The texts of the ticked lines, as the page shows them. */
async function tickedLines(page: Page): Promise<string[]> {
  const boxes = draftRegion(page).getByRole('checkbox');
  const texts: string[] = [];
  for (let index = 0; index < (await boxes.count()); index++) {
    const box = boxes.nth(index);
    if (await box.isChecked()) texts.push((await box.evaluate((element) => element.closest('.fui-Checkbox')?.textContent ?? '')).trim());
  }
  return texts;
}

describe('Progress update', () => {
  it('the employee opens it from the 1:1 tab, drops and edits lines, sends it into the 1:1, and the next draft starts after it', async () => {
    const { employee, manager, chatId, post } = await chatWithRoles();
    await post('/me/wins', { title: 'Fixed the flaky build', impact: '', date: today, sharedInOneOnOne: true });
    await post('/me/wins', { title: 'SECRET private win', impact: '', date: today, sharedInOneOnOne: false });
    const personal = await stack.open(employee);
    await writeInPersonalTab(personal.page);
    await personal.context.close();

    // The manager never sees the button.
    const theirs = await openChatTab(stack, manager, chatId);
    expect(await theirs.page.getByRole('button', { name: 'Write an update' }).count()).toBe(0);
    await theirs.context.close();

    const { context, page } = await openChatTab(stack, employee, chatId);
    await page.getByRole('button', { name: 'Write an update' }).click();
    await draftLoaded(page);
    expect(new URL(page.url()).hash).toBe(`#/updates?${new URLSearchParams({ chatId }).toString()}`);
    const draft = draftRegion(page);
    // The picker lists my chats from /me/chats, this one chosen.
    const picker = draft.getByRole('combobox', { name: 'Send to' });
    expect(await picker.inputValue()).toBe(chatId);
    expect(await picker.locator('option:checked').innerText()).toBe(`Our 1:1 (with ${manager})`);

    // The private win is offered, unticked, and says so.
    const secret = draft.getByRole('checkbox', { name: 'SECRET private win' });
    expect(await secret.isChecked()).toBe(false);
    expect(await secret.getAttribute('aria-describedby')).not.toBeNull();
    expect(await draft.innerText()).toContain('private — only if you pick it');

    await draft.getByRole('button', { name: 'Drop “Fixed the flaky build”' }).click();
    await poll(() => draft.getByRole('checkbox', { name: 'Fixed the flaky build' }).count()).toBe(0);
    await draft.getByRole('button', { name: 'Edit “Shipped the beta”' }).click();
    const line = draft.getByRole('textbox', { name: 'Line', exact: true });
    await line.fill('Shipped the beta two weeks early');
    await line.press('Enter');
    await draft.getByRole('checkbox', { name: 'Shipped the beta two weeks early' }).waitFor();
    // Switching the style re-drafts and keeps the drop and the edit.
    await draft.getByRole('radio', { name: 'Story first' }).check();
    await poll(() => draft.getByRole('heading', { level: 3 }).first().innerText()).toBe('Wins');
    expect(await draft.getByRole('checkbox', { name: 'Fixed the flaky build' }).count()).toBe(0);
    await draft.getByRole('checkbox', { name: 'Shipped the beta two weeks early' }).waitFor();

    const kept = await tickedLines(page);
    expect(kept).toContain('Shipped the beta two weeks early');
    expect(kept.some((text) => text.startsWith('Send the roadmap'))).toBe(true);
    expect(kept).not.toContain('SECRET private win');
    await draft.getByRole('textbox', { name: 'Title' }).fill('Week in review');
    await draft.getByRole('button', { name: 'Send to our 1:1' }).click();
    await poll(() => draft.getByRole('status').innerText()).toContain('posted your update as a card');

    const cards = stack.api.connector.received.filter((call) => call.method === 'POST' && call.conversationId === chatId && JSON.stringify(call.activity).includes('Week in review'));
    expect(cards).toHaveLength(1);
    const bullets = JSON.stringify(cards[0]?.activity)
      .match(/"text":"• [^"]*"/g)
      ?.map((match) => match.slice('"text":"• '.length, -1));
    expect(bullets?.sort()).toEqual([...kept].sort());
    expect(JSON.stringify(cards[0]?.activity)).not.toContain('Fixed the flaky build');
    expect(JSON.stringify(cards[0]?.activity)).not.toContain('SECRET');

    // Kept after a reload, and the next draft starts after it.
    await page.reload();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Progress update');
    const sent = region(page, 'Sent updates');
    await sent.getByRole('button', { name: 'Week in review' }).click();
    expect(await sent.innerText()).toContain('Posted in your 1:1');
    expect(await sent.innerText()).toContain('Shipped the beta two weeks early');
    await poll(() => draftRegion(page).innerText()).toContain('since your last update on');
    expect(await draftRegion(page).getByRole('checkbox', { name: /Shipped the beta/ }).count()).toBe(0);
    await context.close();
  });

  it.each(A11Y_CASES)('the page, its draft and the sent list ($theme, $width px)', async ({ theme, width }) => {
    const { employee, chatId } = await employeeWithNews();
    const { context, page } = await stack.open(employee, { theme, width, hash: `/updates?${new URLSearchParams({ chatId }).toString()}` });
    await draftLoaded(page);
    await draftRegion(page).getByRole('button', { name: 'Edit “Send the roadmap' }).first().click();
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  });

  it('is linked from the personal tab and says where to set a cadence', async () => {
    const { employee } = await employeeWithNews();
    const { context, page } = await stack.open(employee);
    await page.getByRole('navigation', { name: 'More of Upward' }).getByRole('link', { name: 'Progress update' }).click();
    await draftLoaded(page);
    expect(await page.getByRole('main').innerText()).toContain('how often your manager wants updates');
    await context.close();
  });
});
