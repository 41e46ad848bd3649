import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { A11Y_CASES, expectAccessibleDialog, newUser, poll } from '../support/e2e';
import { addUpwardToChat, agendaItem, loaded as chatLoaded, openChatTab, pair } from '../support/chatTab';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

async function create(client: Client, path: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await client.request('POST', path, { body, headers });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Feedback');
  await poll(() => page.getByTestId('feedback-figure').isVisible()).toBe(true);
}

const figure = (page: Page) => page.getByTestId('feedback-figure').innerText();

describe('Feedback', () => {
  it('from the personal tab: log feedback about a win, act on it, mark it acted on, and the figure counts it', async () => {
    const user = newUser('Avery');
    const client = await clientFor(stack.api, user);
    await create(client, '/me/wins', { title: 'Ran the Q3 review', date: '2026-11-20' });
    const { context, page } = await stack.open(user);
    await page.getByRole('link', { name: /^Feedback/ }).click();
    await loaded(page);
    expect(await page.getByText('No feedback yet').isVisible()).toBe(true);
    expect(await figure(page)).toBe('Nothing acted on in the last 180 days yet.');

    await page.getByRole('button', { name: 'Log feedback' }).click();
    const log = page.getByRole('dialog', { name: 'Log feedback' });
    await log.getByRole('textbox', { name: 'Who gave it' }).fill('Morgan');
    await log.getByRole('textbox', { name: 'What they said' }).fill('Send the deck a day ahead');
    await log.getByRole('combobox', { name: 'About' }).selectOption({ label: 'Win: Ran the Q3 review' });
    await log.getByRole('button', { name: 'Save feedback' }).click();
    await log.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: 'Send the deck a day ahead' });
    await poll(() => card.innerText()).toMatch(/From Morgan[\s\S]*Open[\s\S]*About: Ran the Q3 review/);

    await card.getByRole('button', { name: 'Act on it' }).click();
    const act = page.getByRole('dialog', { name: 'Act on this feedback' });
    await act.getByRole('textbox', { name: 'What I will do' }).fill('Send decks the day before');
    await act.getByRole('button', { name: 'Add commitment' }).click();
    await act.waitFor({ state: 'detached' });
    await poll(() => card.innerText()).toMatch(/Acting on it[\s\S]*Send decks the day before \(open\)/);

    // Done in the personal tab, where the commitment now is.
    await page.getByRole('link', { name: 'My goals, wins and commitments' }).click();
    const commitment = page.getByRole('article', { name: 'Send decks the day before' });
    await commitment.getByRole('button', { name: /Mark done/ }).click();
    const done = page.getByRole('dialog', { name: 'Mark as done' });
    await done.getByRole('button', { name: 'Mark done' }).click();
    await done.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: /^Feedback/ }).click();
    await loaded(page);
    await poll(() => card.innerText()).toMatch(/Open[\s\S]*Send decks the day before \(done\)/);

    await card.getByRole('button', { name: 'Mark acted on' }).click();
    const resolve = page.getByRole('dialog', { name: 'Mark acted on' });
    await resolve.getByRole('textbox', { name: 'What changed' }).fill('Decks go out a day early, with a summary');
    await resolve.getByRole('button', { name: 'Mark acted on' }).click();
    await resolve.waitFor({ state: 'detached' });
    await poll(() => card.innerText()).toMatch(/Acted on[\s\S]*What changed: Decks go out a day early/);
    await poll(() => figure(page)).toBe('1 acted on in the last 180 days; median 0 days from received to acted on.');
    expect(await card.getByRole('button', { name: 'Tell them what changed' }).isVisible()).toBe(true);

    await page.reload();
    await loaded(page);
    await poll(() => figure(page)).toMatch(/^1 acted on/);
    await context.close();
  });

  it('"Ask for feedback" on a goal, win or commitment card opens the question about that item, once', async () => {
    const user = newUser('Dana');
    const client = await clientFor(stack.api, user);
    await create(client, '/me/goals', { title: 'Lead a product team', horizon: '5y' });
    await create(client, '/me/wins', { title: 'Ran the Q3 review', date: '2026-10-02' });
    await create(client, '/me/commitments', { title: 'Send the Q3 numbers' });
    const { context, page } = await stack.open(user);
    for (const [noun, title, label] of [
      ['goal', 'Lead a product team', 'Goal: Lead a product team'],
      ['win', 'Ran the Q3 review', 'Win: Ran the Q3 review'],
      ['commitment', 'Send the Q3 numbers', 'Commitment: Send the Q3 numbers'],
    ] as const) {
      await page.getByRole('link', { name: `Ask for feedback on ${noun}: ${title}` }).click();
      const ask = page.getByRole('dialog', { name: 'Ask for feedback' });
      await ask.waitFor();
      const about = ask.getByRole('combobox', { name: 'About' });
      expect(await about.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(label);
      expect(await ask.getByRole('textbox', { name: 'My question' }).inputValue()).toBe(`How could I have made “${title}” better?`);
      // The link is spent: the address is the plain screen's, so a reload does not ask again.
      expect(await page.evaluate(() => window.location.hash)).toBe('#/feedback');
      await ask.getByRole('button', { name: 'Cancel' }).click();
      await ask.waitFor({ state: 'detached' });
      await page.reload();
      await loaded(page);
      expect(await page.getByRole('dialog').count()).toBe(0);
      await page.getByRole('link', { name: 'My goals, wins and commitments' }).click();
    }
    await context.close();
  });

  it('through the 1:1: ask for feedback onto the agenda of the chat opened last, then save its answer as my feedback in one step', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const chatHash = `#/chat?${new URLSearchParams({ chatId }).toString()}`;
    // Opening the 1:1 tab once is how the personal tab learns which chat is the 1:1.
    const { context, page } = await openChatTab(stack, employee, chatId);
    await page.evaluate(() => {
      window.location.hash = '#/feedback';
    });
    await loaded(page);
    await page.getByRole('button', { name: 'Ask for feedback' }).click();
    const ask = page.getByRole('dialog', { name: 'Ask for feedback' });
    const question = 'How could I have made the Q3 review better?';
    await ask.getByRole('textbox', { name: 'My question' }).fill(question);
    await ask.getByRole('button', { name: 'Put on our next 1:1' }).click();
    await ask.waitFor({ state: 'detached' });

    // The 1:1 happens: the question is discussed and what was said is its outcome.
    const client = await clientFor(stack.api, employee);
    const base = `/chats/${encodeURIComponent(chatId)}`;
    const space = await client.request('GET', `${base}/space`);
    const items = (space.body.agenda as { items: { id: string; etag: string; title: string; feedbackQuestion?: boolean }[] }).items;
    expect(items.map((item) => [item.title, item.feedbackQuestion])).toEqual([[question, true]]);
    const [asked] = items;
    const discussed = await client.request('PUT', `${base}/agenda/${String(asked?.id)}`, { body: { title: question, notes: '', discussed: true, outcome: 'Fewer slides, more numbers' }, headers: { 'If-Match': String(asked?.etag) } });
    expect(discussed.status).toBe(200);

    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, chatHash);
    await chatLoaded(page);
    await agendaItem(page, question).getByRole('button', { name: 'Save as my feedback' }).click();
    const save = page.getByRole('dialog', { name: 'Save as my feedback' });
    expect(await save.getByRole('textbox', { name: /What they said/ }).inputValue()).toBe('Fewer slides, more numbers');
    await save.getByRole('button', { name: 'Save feedback' }).click();
    await save.waitFor({ state: 'detached' });

    await page.evaluate(() => {
      window.location.hash = '#/feedback';
    });
    await loaded(page);
    await poll(() => page.getByRole('article', { name: 'Fewer slides, more numbers' }).innerText()).toMatch(/Open[\s\S]*Asked: How could I have made the Q3 review better\?/);
    await context.close();
  });

  it.each(A11Y_CASES)('has no serious violations with feedback and with a dialog open ($theme, $width px)', async ({ theme, width }) => {
    const user = newUser('Emery');
    const client = await clientFor(stack.api, user);
    const open = await create(client, '/me/feedback', { giver: 'Morgan', receivedOn: '2026-11-20', text: 'Lead with the numbers', question: 'How was my update?' });
    await create(client, `/me/feedback/${String(open.id)}/commitments`, { commitments: [{ title: 'Numbers first in every update' }] }, { 'If-Match': String(open.etag) });
    await create(client, '/me/feedback', { giver: 'Jordan', receivedOn: '2026-11-02', text: 'Great demo!', praise: true, resolution: { state: 'actedOn', on: '2026-11-12', note: 'Demo every sprint' } });
    const { context, page } = await stack.open(user, { theme, width, hash: '/feedback' });
    await loaded(page);
    await poll(() => page.getByRole('article').count()).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessibleDialog(page, 'Log feedback', 'Log feedback');
    await context.close();
  });
});
