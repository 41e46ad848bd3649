import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { addDays } from '../../api/src/domain/calendarDates';
import { todayIsoDate } from '../../src/shared/ui/localDate';
import { actionReply, chatMessage, messageActionInvoke, submittedValues, teamsUser, type ChatMessage } from '../bot/teamsActivities';
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

/** The browser runs on this machine, in its time zone: its "today" is this one. */
const today = todayIsoDate();

const commitmentsRegion = (page: Page) => page.getByRole('region', { name: 'Commitments' });
const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
const followThrough = (page: Page) => commitmentsRegion(page).getByText(/^Follow-through:/);

/** Waits until the commitments have loaded (the add button appears once they are in). */
async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('button', { name: 'Add commitment' }).isVisible()).toBe(true);
}

/** Logs `message` as a commitment through the message extension, as `user` would in Teams: open the form, submit it. */
async function logFromMessage(user: string, message: ChatMessage, changes: Record<string, unknown> = {}) {
  const teams = teamsUser(user);
  const form = await postActivity(stack.api.baseUrl, messageActionInvoke('composeExtension/fetchTask', teams, message));
  expect(form.status).toBe(200);
  const data = { ...submittedValues(actionReply(form.body).card), kind: 'commitment', ...changes };
  const saved = await postActivity(stack.api.baseUrl, messageActionInvoke('composeExtension/submitAction', teams, message, { data }));
  expect(saved.status).toBe(200);
  expect(actionReply(saved.body).message).toContain('Logged in Upward as a commitment');
}

describe('personal tab: commitments', () => {
  it('adds a commitment due today, marks it done; after a reload it is still done and the follow-through counts it', async () => {
    const user = newUser('Casey');
    const title = 'Send Morgan the Q3 numbers';
    const { context, page } = await stack.open(user);
    await loaded(page);
    await poll(() => commitmentsRegion(page).getByRole('heading', { name: 'What did you promise?' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Add commitment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a commitment' });
    await dialog.getByRole('textbox', { name: 'What you promised' }).fill(title);
    await dialog.getByRole('textbox', { name: 'To whom' }).fill('Morgan');
    await dialog.getByLabel('Due date').fill(today);
    await dialog.getByRole('switch', { name: 'Share in my 1:1' }).check();
    await dialog.getByRole('button', { name: 'Add commitment' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => page.getByRole('status').filter({ hasText: `Commitment added: ${title}` }).isVisible()).toBe(true);
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add commitment');

    const added = card(page, title);
    await poll(() => added.innerText()).toContain('Due today');
    expect(await added.innerText()).toContain('To Morgan');
    expect(await added.innerText()).toContain('Shared in 1:1');
    expect(await commitmentsRegion(page).getByRole('heading', { name: 'Due soon (1)' }).isVisible()).toBe(true);
    // Due today and still open: its day is not over, so there is nothing to measure yet.
    await poll(() => followThrough(page).innerText()).toBe('Follow-through: nothing to measure yet');

    await added.getByRole('button', { name: `Mark done: ${title}` }).click();
    const done = page.getByRole('dialog', { name: 'Mark as done' });
    expect(await done.getByLabel('Done on').inputValue()).toBe(today);
    await done.getByRole('button', { name: 'Mark done' }).click();
    await done.waitFor({ state: 'detached' });
    await poll(() => page.getByRole('status').filter({ hasText: `Commitment done: ${title}` }).isVisible()).toBe(true);
    await poll(() => followThrough(page).innerText()).toBe('Follow-through: 100%');
    expect(await commitmentsRegion(page).getByText('1 of 1 due in the last 90 days done on time').isVisible()).toBe(true);

    await page.reload();
    await loaded(page);
    await poll(() => followThrough(page).innerText()).toBe('Follow-through: 100%');
    // Done commitments are folded away until asked for.
    const doneToggle = commitmentsRegion(page).getByRole('button', { name: 'Done (1)' });
    expect(await doneToggle.getAttribute('aria-expanded')).toBe('false');
    expect(await card(page, title).count()).toBe(0);
    await doneToggle.click();
    expect(await doneToggle.getAttribute('aria-expanded')).toBe('true');
    await poll(() => card(page, title).innerText()).toContain(', on time');
    expect(await card(page, title).getByRole('button', { name: `Reopen: ${title}` }).isVisible()).toBe(true);

    const client = await clientFor(stack.api, user);
    const list = await client.request('GET', '/me/commitments');
    expect(list.body.items).toEqual([expect.objectContaining({ title, status: 'done', doneOn: today, dueDate: today, sharedInOneOnOne: true })]);
    await context.close();
  });

  it('shows a commitment logged from a Teams message, with a link back to the message and who wrote it', async () => {
    const user = newUser('Riley');
    const manager = teamsUser(newUser('Morgan'));
    const message = chatMessage(manager, '<p>Can you send me the numbers by tomorrow?</p>');
    await logFromMessage(user, message);

    const { context, page } = await stack.open(user);
    await loaded(page);
    const logged = card(page, 'Can you send me the numbers by tomorrow?');
    await logged.waitFor();
    // Sent on 4 March 2026, "by tomorrow": long overdue by now, and it says so in words.
    expect(await logged.innerText()).toContain('Overdue by');
    expect(await logged.innerText()).toContain(`To ${manager.name}`);
    expect(await commitmentsRegion(page).getByRole('heading', { name: 'Overdue (1)' }).isVisible()).toBe(true);
    const link = logged.getByRole('link', { name: new RegExp(`^From a message by ${manager.name}`) });
    expect(await link.innerText()).toContain(`From a message by ${manager.name}`);
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^https://teams\\.microsoft\\.com/l/message/.+/${message.id}\\?`));
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await context.close();
  });

  it('drops a commitment with a way back, reopens it, and deletes only after asking', async () => {
    const user = newUser('Jordan');
    const client = await clientFor(stack.api, user);
    const title = 'Book the team offsite';
    const created = await client.request('POST', '/me/commitments', { body: { title, dueDate: addDays(today, 20) } });
    expect(created.status).toBe(201);
    const { context, page } = await stack.open(user);
    await loaded(page);
    await card(page, title).getByRole('button', { name: `Drop: ${title}` }).click();
    const toast = page.getByRole('status').filter({ hasText: `Commitment dropped: ${title}` });
    const undo = toast.getByRole('button', { name: `Undo dropping ${title}` });
    await poll(() => undo.isVisible()).toBe(true);
    // The dropped card folds away with its buttons: focus goes to the section, not to the toast.
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('commitments-heading');
    expect(await card(page, title).count()).toBe(0);
    expect(await commitmentsRegion(page).getByRole('button', { name: 'Dropped (1)' }).isVisible()).toBe(true);
    expect((await client.request('GET', `/me/commitments/${String(created.body.id)}`)).body.status).toBe('dropped');

    await undo.click();
    await poll(() => card(page, title).isVisible()).toBe(true);
    await poll(() => page.getByRole('status').filter({ hasText: `Commitment reopened: ${title}` }).isVisible()).toBe(true);
    expect(await undo.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('commitments-heading');
    expect((await client.request('GET', `/me/commitments/${String(created.body.id)}`)).body.status).toBe('open');

    await card(page, title).getByRole('button', { name: `Delete commitment: ${title}` }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this commitment?' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('drop it instead');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.waitFor({ state: 'detached' });
    await poll(() => card(page, title).count()).toBe(0);
    await poll(() => commitmentsRegion(page).getByRole('heading', { name: 'What did you promise?' }).isVisible()).toBe(true);
    // Deleted for real once the toast's Undo window has passed.
    await poll(async () => (await client.request('GET', `/me/commitments/${String(created.body.id)}`)).status, 20_000).toBe(404);
    await context.close();
  });
});

describe('undo from the keyboard', () => {
  it('the toast is announced without taking focus, and Ctrl+Z undoes a drop and then a delete while it shows', async () => {
    const user = newUser('Rowan');
    const client = await clientFor(stack.api, user);
    const dropTitle = 'Plan the team offsite';
    const deleteTitle = 'Send the budget';
    const dropped = await client.request('POST', '/me/commitments', { body: { title: dropTitle, dueDate: addDays(today, 20) } });
    await client.request('POST', '/me/commitments', { body: { title: deleteTitle, dueDate: addDays(today, 30) } });
    const { context, page } = await stack.open(user);
    await loaded(page);

    await card(page, dropTitle).getByRole('button', { name: `Drop: ${dropTitle}` }).press('Enter');
    const live = page.locator('[role="status"][aria-live="polite"]');
    await poll(() => live.innerText()).toContain(`Commitment dropped: ${dropTitle}`);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('commitments-heading');
    expect(await live.getByRole('button', { name: `Undo dropping ${dropTitle}` }).getAttribute('aria-keyshortcuts')).toContain('Control+Z');
    await page.keyboard.press('Control+z');
    await poll(() => card(page, dropTitle).isVisible()).toBe(true);
    await poll(() => live.innerText()).toContain(`Commitment reopened: ${dropTitle}`);
    // Focus stayed where the keyboard user was.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('commitments-heading');
    expect((await client.request('GET', `/me/commitments/${String(dropped.body.id)}`)).body.status).toBe('open');
    // A second press has nothing left to undo: the commitment is not dropped or reopened twice.
    await page.keyboard.press('Control+z');
    expect(await commitmentsRegion(page).getByRole('alert').count()).toBe(0);

    await card(page, deleteTitle).getByRole('button', { name: `Delete commitment: ${deleteTitle}` }).press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Delete this commitment?' });
    await confirm.getByRole('button', { name: 'Delete' }).press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await poll(() => live.innerText()).toContain(`Commitment deleted: ${deleteTitle}`);
    const focused = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('Control+z');
    await poll(() => card(page, deleteTitle).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(focused);
    await page.reload();
    await loaded(page);
    expect(await card(page, deleteTitle).isVisible()).toBe(true);
    await context.close();
  });

  it('Ctrl+Z in a text field undoes the typing, not the last drop', async () => {
    const user = newUser('Sage');
    const client = await clientFor(stack.api, user);
    const title = 'Write the launch notes';
    await client.request('POST', '/me/commitments', { body: { title } });
    const { context, page } = await stack.open(user);
    await loaded(page);
    await card(page, title).getByRole('button', { name: `Drop: ${title}` }).click();
    await page.getByRole('button', { name: `Undo dropping ${title}` }).waitFor();
    await page.getByRole('button', { name: 'Add commitment' }).click();
    const field = page.getByRole('dialog', { name: 'Add a commitment' }).getByRole('textbox', { name: 'What you promised' });
    await field.fill('Draft');
    await field.press('Control+z');
    // Still dropped, on the server too: the shortcut belonged to the field.
    await page.waitForTimeout(1000);
    const listed = await client.request('GET', '/me/commitments');
    expect(listed.body.items?.map((item) => item.status)).toEqual(['dropped']);
    await context.close();
  });
});

describe('commitments accessibility', () => {
  it.each(A11Y_CASES)('has no serious violations with every kind of commitment and with the dialogs open ($theme, $width px)', async ({ theme, width }) => {
    const user = newUser('Harper');
    const client = await clientFor(stack.api, user);
    const create = async (body: Record<string, unknown>) => expect((await client.request('POST', '/me/commitments', { body })).status).toBe(201);
    await create({ title: 'Review the hiring plan', dueDate: addDays(today, -2), toWhom: 'Morgan', details: 'Comments in the doc.', sharedInOneOnOne: true });
    await create({ title: 'Draft the roadmap', dueDate: addDays(today, 3) });
    await create({ title: 'Learn the billing system', dueDate: addDays(today, 40) });
    await create({ title: 'Write up the incident', dueDate: addDays(today, -5), status: 'done', doneOn: addDays(today, -6) });
    await create({ title: 'Old idea', status: 'dropped' });
    await logFromMessage(user, chatMessage(teamsUser('Morgan Lee'), '<p>Could you share the deck by Friday?</p>'));

    const { context, page } = await stack.open(user, { theme, width });
    await loaded(page);
    await card(page, 'Review the hiring plan').waitFor();
    await commitmentsRegion(page).getByRole('button', { name: 'Done (1)' }).click();
    await commitmentsRegion(page).getByRole('button', { name: 'Dropped (1)' }).click();
    await card(page, 'Old idea').waitFor();
    await poll(() => followThrough(page).innerText()).toMatch(/%$/);
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const name = `${theme}-${width}`;
    await commitmentsRegion(page).screenshot({ path: `/tmp/upward-commitments-${name}.png` });
    // Nothing may scroll sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    for (const [button, dialogName] of [
      ['Add commitment', 'Add a commitment'],
      ['Mark done: Draft the roadmap', 'Mark as done'],
    ] as const) {
      await expectAccessibleDialog(page, button, dialogName);
      await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent)).toBe(button);
    }
    await context.close();
  });
});
