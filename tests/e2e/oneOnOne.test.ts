import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import { clientFor } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { A11Y_CASES, expectAccessibleDialog, poll, settled } from '../support/e2e';
import { addUpwardToChat, agendaItem, agendaTitles, loaded, openChat, OTHER_PERSON_TIMEOUT, pair } from '../support/chatTab';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

/** The employee's view of a new chat whose agenda the manager filled with A, B and C, in that order. */
async function openAgendaOfThree() {
  const { employee, manager } = pair();
  const chatId = await addUpwardToChat(stack, employee, manager);
  const client = await clientFor(stack.api, manager);
  for (const title of ['A', 'B', 'C']) await client.request('POST', `/chats/${encodeURIComponent(chatId)}/agenda`, { body: { title } });
  const opened = await openChat(stack, employee, chatId);
  await loaded(opened.page);
  await poll(() => agendaTitles(opened.page)).toEqual(['A', 'B', 'C']);
  return opened;
}

/** A move is stored, not only shown: the order survives a reload. */
async function expectOrderAfterReload(page: Page, titles: readonly string[]): Promise<void> {
  await page.reload();
  await loaded(page);
  await poll(() => agendaTitles(page)).toEqual(titles);
}

async function addTalkingPoint(page: Page, title: string, notes = ''): Promise<void> {
  await page.getByRole('button', { name: 'Add talking point' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a talking point' });
  await dialog.getByRole('textbox', { name: 'Talking point' }).fill(title);
  if (notes !== '') await dialog.getByRole('textbox', { name: 'Notes' }).fill(notes);
  await dialog.getByRole('button', { name: 'Add to agenda' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the shared 1:1 chat tab', () => {
  it('shows a talking point the manager adds to the employee, without a reload', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const mine = await openChat(stack, employee, chatId);
    const theirs = await openChat(stack, manager, chatId);
    await loaded(mine.page);
    await loaded(theirs.page);
    await poll(() => mine.page.getByRole('heading', { name: 'Nothing on the agenda yet' }).isVisible()).toBe(true);

    await addTalkingPoint(theirs.page, 'Conference budget', 'Two tickets for March');
    await poll(() => theirs.page.getByRole('status').filter({ hasText: 'Added to the agenda: Conference budget' }).isVisible()).toBe(true);
    // Focus is back on the button that opened the dialog.
    await poll(() => theirs.page.evaluate(() => document.activeElement?.textContent)).toBe('Add talking point');

    const seen = agendaItem(mine.page, 'Conference budget');
    await poll(() => seen.isVisible(), OTHER_PERSON_TIMEOUT).toBe(true);
    expect(await seen.innerText()).toContain('Two tickets for March');
    expect(await seen.innerText()).toContain(`${manager} added this`);
    // Screen readers hear of the other person's change.
    await poll(() => mine.page.getByRole('status').filter({ hasText: 'Agenda updated: “Conference budget” added.' }).count()).toBe(1);
    await mine.context.close();
    await theirs.context.close();
  });

  it('shows a win the employee shares from the personal tab, and nothing of a win not shared', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const managerTab = await openChat(stack, manager, chatId);
    await loaded(managerTab.page);
    await poll(() => managerTab.page.getByRole('heading', { name: 'No shared wins yet' }).isVisible()).toBe(true);

    const personal = await stack.open(employee);
    const { page } = personal;
    await poll(() => page.getByRole('button', { name: 'Add win' }).isVisible()).toBe(true);
    for (const win of [
      { title: 'Kept the private win private', share: false },
      { title: 'Shipped the onboarding flow', share: true },
    ]) {
      await page.getByRole('button', { name: 'Add win' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a win' });
      await dialog.getByRole('textbox', { name: 'What happened' }).fill(win.title);
      await dialog.getByRole('textbox', { name: 'Impact' }).fill(`Impact of ${win.title}`);
      if (win.share) await dialog.getByRole('switch', { name: 'Share in my 1:1' }).check();
      await dialog.getByRole('button', { name: 'Add win' }).click();
      await dialog.waitFor({ state: 'detached' });
    }

    const shared = managerTab.page.getByRole('article', { name: 'Shipped the onboarding flow' });
    await poll(() => shared.isVisible(), OTHER_PERSON_TIMEOUT).toBe(true);
    expect(await shared.innerText()).toContain('Impact of Shipped the onboarding flow');
    expect(await shared.innerText()).toContain(employee);
    // Not hidden: absent. Nothing of the unshared win reaches the chat tab at all.
    expect(await managerTab.page.content()).not.toContain('Kept the private win private');
    await managerTab.context.close();
    await personal.context.close();
  });

  it('closes the 1:1: an undiscussed item carries over, marked, and the history lists the record', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const client = await clientFor(stack.api, employee);
    for (const title of ['Team offsite', 'Promotion timeline']) {
      expect((await client.request('POST', `/chats/${encodeURIComponent(chatId)}/agenda`, { body: { title } })).status).toBe(201);
    }
    const { context, page } = await openChat(stack, manager, chatId);
    await loaded(page);
    await poll(() => agendaTitles(page)).toEqual(['Team offsite', 'Promotion timeline']);
    await poll(() => page.getByRole('heading', { name: 'No 1:1s closed yet' }).isVisible()).toBe(true);

    await agendaItem(page, 'Team offsite').getByRole('switch', { name: 'Discussed' }).check();
    await poll(() => page.getByRole('status').filter({ hasText: '“Team offsite” marked discussed.' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Close this 1:1' }).click();
    const confirm = page.getByRole('dialog', { name: 'Close this 1:1?' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('1 item not discussed carries over to the next agenda, marked as carried over.');
    await confirm.getByRole('button', { name: 'Close 1:1' }).click();
    await confirm.waitFor({ state: 'detached' });

    await poll(() => agendaTitles(page)).toEqual(['Promotion timeline']);
    await poll(() => agendaItem(page, 'Promotion timeline').innerText()).toMatch(/Carried over from /);
    await poll(() => page.getByRole('status').filter({ hasText: '1:1 closed and added to the history. 1 item carries over' }).isVisible()).toBe(true);
    const history = page.getByRole('region', { name: 'History' });
    const record = history.getByRole('article');
    await poll(() => record.count()).toBe(1);
    expect(await record.innerText()).toContain('2 items · 1 discussed · 1 carried over · closed by you');
    await record.getByRole('button', { name: /^Show the agenda of the 1:1 on / }).click();
    await poll(() => record.innerText()).toContain('Not discussed: carried over');
    expect(await record.innerText()).toContain('Team offsite');

    // The employee's tab shows the same, after a reload too.
    const theirs = await openChat(stack, employee, chatId);
    await loaded(theirs.page);
    await poll(() => agendaTitles(theirs.page)).toEqual(['Promotion timeline']);
    await poll(() => theirs.page.getByRole('region', { name: 'History' }).getByRole('article').innerText()).toContain(`closed by ${manager}`);
    await context.close();
    await theirs.context.close();
  });

  it('never loses an edit: the second person to save gets the first one’s version to review', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    await (await clientFor(stack.api, employee)).request('POST', `/chats/${encodeURIComponent(chatId)}/agenda`, { body: { title: 'Team offsite' } });
    const mine = await openChat(stack, employee, chatId);
    const theirs = await openChat(stack, manager, chatId);
    await loaded(mine.page);
    await loaded(theirs.page);
    await mine.page.getByRole('button', { name: 'Edit: Team offsite' }).click();
    await theirs.page.getByRole('button', { name: 'Edit: Team offsite' }).click();
    const myDialog = mine.page.getByRole('dialog', { name: 'Edit talking point' });
    const theirDialog = theirs.page.getByRole('dialog', { name: 'Edit talking point' });
    await theirDialog.getByRole('textbox', { name: 'Outcome' }).fill('May, in Lisbon');
    await theirDialog.getByRole('button', { name: 'Save' }).click();
    await theirDialog.waitFor({ state: 'detached' });

    await myDialog.getByRole('textbox', { name: 'Notes' }).fill('Budget first');
    await myDialog.getByRole('button', { name: 'Save' }).click();
    const conflict = myDialog.getByRole('alert').filter({ hasText: 'This item was changed by someone else in this chat.' });
    await poll(() => conflict.isVisible()).toBe(true);
    expect(await myDialog.getByRole('textbox', { name: 'Outcome' }).inputValue()).toBe('May, in Lisbon');
    await myDialog.getByRole('button', { name: 'Use my changes instead' }).click();
    expect(await myDialog.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Budget first');
    // Restoring mine replaces the whole form, so the other person's outcome is kept by typing it again.
    await myDialog.getByRole('textbox', { name: 'Outcome' }).fill('May, in Lisbon');
    await myDialog.getByRole('button', { name: 'Save' }).click();
    await myDialog.waitFor({ state: 'detached' });
    await poll(() => agendaItem(theirs.page, 'Team offsite').innerText(), OTHER_PERSON_TIMEOUT).toContain('Budget first');
    expect(await agendaItem(theirs.page, 'Team offsite').innerText()).toContain('May, in Lisbon');
    await mine.context.close();
    await theirs.context.close();
  });

  it('moves items with the keyboard, keeping focus on the moved item’s button', async () => {
    const { context, page } = await openAgendaOfThree();

    await page.getByRole('button', { name: 'Move down: A' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => agendaTitles(page)).toEqual(['B', 'A', 'C']);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down: A');
    await page.keyboard.press('Enter');
    await poll(() => agendaTitles(page)).toEqual(['B', 'C', 'A']);
    // At the bottom "Move down" is off, so focus moves to "Move up" of the same item.
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move up: A');
    await poll(() => page.getByRole('status').filter({ hasText: 'Moved “A” to position 3 of 3.' }).isVisible()).toBe(true);

    await expectOrderAfterReload(page, ['B', 'C', 'A']);
    await context.close();
  });

  it('moves an item by dragging its grip, while the card’s text stays selectable', async () => {
    const { context, page } = await openAgendaOfThree();
    const itemOf = (title: string) =>
      page.getByRole('list', { name: 'Talking points, in order' }).getByRole('listitem').filter({ has: page.getByRole('article', { name: title, exact: true }) });
    expect(await itemOf('A').getAttribute('draggable')).toBeNull();
    const target = itemOf('C');
    const box = await target.boundingBox();
    if (box === null) throw new Error('The last item is not on screen');
    // Dropped on the lower half of C: A goes after it.
    await itemOf('A').locator('[draggable="true"]').dragTo(target, { targetPosition: { x: box.width / 2, y: box.height - 8 } });
    await poll(() => agendaTitles(page)).toEqual(['B', 'C', 'A']);
    await expectOrderAfterReload(page, ['B', 'C', 'A']);
    await context.close();
  });

  it('adds a question from the bank to the agenda', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const { context, page } = await openChat(stack, employee, chatId);
    await loaded(page);
    await page.getByRole('button', { name: 'I’m the employee' }).click();
    const question = 'Which two or three things matter most to you over the next few weeks?';
    await page.getByRole('button', { name: `Add to agenda: ${question}` }).click();
    // The other topics start folded: a question in one is reached by opening it.
    const feedback = page.locator('details').filter({ hasText: 'Feedback on your work' });
    expect(await feedback.getAttribute('open')).toBeNull();
    await feedback.locator('summary').click();
    expect(await feedback.getAttribute('open')).not.toBeNull();
    expect(await feedback.getByRole('button', { name: /^Add to agenda: / }).first().isVisible()).toBe(true);
    await poll(() => agendaTitles(page)).toEqual([question]);
    await poll(() => page.getByRole('button', { name: `On the agenda: ${question}` }).isVisible()).toBe(true);
    expect(await agendaItem(page, question).innerText()).toContain('Question');
    await context.close();
  });

  it('tells someone outside the chat they are not a member, and a chat without Upward that it is not set up', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    await (await clientFor(stack.api, employee)).request('POST', `/chats/${encodeURIComponent(chatId)}/agenda`, { body: { title: 'Salary review' } });
    const outsider = await openChat(stack, `Outsider ${randomUUID().slice(0, 8)}`, chatId);
    await poll(() => outsider.page.getByRole('alert').filter({ hasText: 'You are not a member of this chat' }).isVisible()).toBe(true);
    expect(await outsider.page.content()).not.toContain('Salary review');
    await outsider.context.close();

    const unknown = await openChat(stack, employee, `19:${randomUUID().replaceAll('-', '')}@thread.v2`);
    await poll(() => unknown.page.getByRole('alert').filter({ hasText: 'Upward isn’t set up in this chat yet' }).isVisible()).toBe(true);
    expect(await unknown.page.getByRole('alert').innerText()).toContain('Select “+” (Add a tab)');
    await unknown.context.close();
  });

  it('starts a local chat from the dev bar, and keeps it open when switching to the other person', async () => {
    const { employee, manager } = pair();
    const { context, page } = await stack.open(employee);
    await page.getByRole('combobox', { name: 'Start a local 1:1 chat with' }).fill(manager);
    await page.getByRole('button', { name: 'Start chat' }).click();
    await loaded(page);
    expect(new URL(page.url()).hash).toMatch(/^#\/chat\?chatId=19%3A/);
    await addTalkingPoint(page, 'Started locally');

    const switcher = page.getByRole('combobox', { name: 'Signed in as' });
    await switcher.fill(manager);
    await switcher.press('Enter');
    await poll(() => page.getByRole('combobox', { name: 'Signed in as' }).inputValue()).toBe(manager);
    await loaded(page);
    await poll(() => agendaTitles(page)).toEqual(['Started locally']);
    expect(await agendaItem(page, 'Started locally').innerText()).toContain(`${employee} added this`);
    await context.close();
  });
});

describe('chat tab and configuration page accessibility', () => {
  it.each(A11Y_CASES)('chat tab with data has no serious violations ($theme, $width px)', async ({ theme, width }) => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const client = await clientFor(stack.api, employee);
    const base = `/chats/${encodeURIComponent(chatId)}`;
    const created = await client.request('POST', '/me/commitments', {
      body: { title: 'Send the Q3 numbers', dueDate: '2026-01-15', sharedInOneOnOne: true },
    });
    expect(created.status).toBe(201);
    await client.request('POST', '/me/wins', { body: { title: 'Cut build time in half', impact: 'From 20 to 10 minutes.', date: '2026-03-02', sharedInOneOnOne: true } });
    await client.request('POST', `${base}/agenda`, { body: { title: 'Conference budget', notes: 'Two tickets' } });
    await client.request('POST', `${base}/agenda`, { body: { questionId: 'top-priorities' } });
    // Roles, a cadence and a close that can still be undone, so every part of the page is on it.
    const roles = { employee: devUserObjectId(employee), manager: devUserObjectId(manager) };
    const settings = await client.request('PUT', `${base}/settings`, { body: { roles } });
    await client.request('PUT', `${base}/settings`, { body: { cadence: { kind: 'weekly', weekday: 2, time: '10:00', timeZone: 'Europe/Berlin' } }, headers: { 'If-Match': String(settings.body.version) } });
    const space = await client.request('GET', `${base}/space`);
    await client.request('POST', `${base}/close`, { body: { agendaVersion: (space.body.agenda as { version: string }).version }, headers: { 'Idempotency-Key': randomUUID() } });
    const { context, page } = await openChat(stack, manager, chatId, { theme, width });
    await loaded(page);
    await page.getByRole('article', { name: 'Send the Q3 numbers' }).waitFor();
    await page.getByRole('button', { name: 'Undo close' }).waitFor();
    await page.getByRole('button', { name: 'Comment on “Send the Q3 numbers”' }).click();
    await settled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/upward-chat-${theme}-${width}.png`, fullPage: true });
    // Nothing may scroll sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await page.getByRole('article', { name: 'Send the Q3 numbers' }).innerText()).toMatch(/Overdue: was due/);

    await expectAccessibleDialog(page, 'Add talking point', 'Add a talking point');
    await expectAccessibleDialog(page, 'Change when we meet', 'When we meet');
    await expectAccessibleDialog(page, 'Close this 1:1', 'Close this 1:1?');
    await context.close();
  });

  it.each(A11Y_CASES)('configuration page has no serious violations ($theme, $width px)', async ({ theme, width }) => {
    const { context, page } = await stack.open(pair().employee, { theme, width, hash: '/config' });
    await page.getByRole('heading', { name: 'Add Upward to this chat', level: 1 }).waitFor();
    expect(await page.getByText('Upward 1:1').first().isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  });

  it('the not-a-member message has no serious violations', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const { context, page } = await openChat(stack, `Outsider ${randomUUID().slice(0, 8)}`, chatId, { theme: 'dark', width: 375 });
    await poll(() => page.getByRole('alert').filter({ hasText: 'You are not a member of this chat' }).isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
