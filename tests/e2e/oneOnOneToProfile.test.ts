import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from '../support/apiHarness';
import { expectAccessibleDialog, poll } from '../support/e2e';
import { addUpwardToChat, agendaItem, openChatTab, pair } from '../support/chatTab';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

const QUESTION = 'When I update you on my work, what works best for you: a short written note, a quick call, or saving it for our 1:1?';
const OUTCOME = 'A short note in chat on Fridays; call only if something is on fire';

/** A chat whose agenda has the employee's bank question on update style, discussed, with what the manager answered. */
async function discussedQuestion() {
  const { employee, manager } = pair();
  const chatId = await addUpwardToChat(stack, employee, manager);
  const base = `/chats/${encodeURIComponent(chatId)}`;
  const client: Client = await clientFor(stack.api, employee);
  const added = await client.request('POST', `${base}/agenda`, { body: { questionId: 'update-style', kind: 'question' } });
  expect(added.status).toBe(201);
  const { id, etag } = added.body as { id: string; etag: string };
  const discussed = await client.request('PUT', `${base}/agenda/${id}`, { body: { title: QUESTION, notes: '', discussed: true, outcome: OUTCOME }, headers: { 'If-Match': etag } });
  expect(discussed.status).toBe(200);
  return { employee, manager, chatId };
}

const saveButton = (page: Page) => agendaItem(page, QUESTION).getByRole('button', { name: 'Save to my manager profile' });

describe('from the 1:1 tab into my manager profile', () => {
  it('the employee saves a discussed question’s answer in one step, and finds it in My manager with where it came from', async () => {
    const { employee, chatId } = await discussedQuestion();
    const { context, page } = await openChatTab(stack, employee, chatId);
    await expectAccessibleDialog(page, 'Save to my manager profile', 'Save to my manager profile');
    await saveButton(page).click();
    const dialog = page.getByRole('dialog', { name: 'Save to my manager profile' });
    expect(await dialog.getByRole('combobox', { name: 'Where it goes' }).inputValue()).toBe('channel');
    expect(await dialog.getByRole('textbox', { name: /What they said/ }).inputValue()).toBe(OUTCOME);
    await dialog.getByRole('button', { name: 'Save to profile' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => page.getByText('Saved to how').first().isVisible()).toBe(true);
    // Focus goes back to the button that opened the dialog, not to the page.
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Save to my manager profile');

    await page.evaluate(() => {
      window.location.hash = '#/manager';
    });
    // Teams tells the bot who joined, not their names: until the manager's name is known the profile is "My manager", to rename.
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^My manager: /);
    const channel = page.getByRole('article', { name: 'Preferred channel for updates' });
    await poll(() => channel.innerText()).toContain(OUTCOME);
    expect(await channel.innerText()).toContain('Asked in our 1:1 on');
    await context.close();
  });

  it('is never offered to the manager, and nothing of the employee’s profile reaches their tab', async () => {
    const { employee, manager, chatId } = await discussedQuestion();
    const mine = await openChatTab(stack, employee, chatId);
    await saveButton(mine.page).click();
    await mine.page.getByRole('dialog', { name: 'Save to my manager profile' }).getByRole('button', { name: 'Save to profile' }).click();
    await poll(() => mine.page.getByText('Saved to how').first().isVisible()).toBe(true);
    await mine.context.close();

    const theirs = await openChatTab(stack, manager, chatId);
    await poll(() => agendaItem(theirs.page, QUESTION).isVisible()).toBe(true);
    expect(await saveButton(theirs.page).count()).toBe(0);
    expect(await theirs.page.getByText(/manager profile|Saved to how/).count()).toBe(0);
    await theirs.context.close();
  });
});
