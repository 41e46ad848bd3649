import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextMeeting, type Cadence } from '../../api/src/domain/cadence';
import { devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import { nextMeetingText } from '../../src/features/oneOnOne/roleText';
import { clientFor } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { poll, settled } from '../support/e2e';
import { startTabStack, type TabStack } from '../support/tabStack';
import { agendaItem, agendaTitles, createChat, loaded, openChat, OTHER_PERSON_TIMEOUT, pageHeading, pair } from '../support/chatTab';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

const EMPLOYEE_QUESTION = 'Which two or three things matter most to you over the next few weeks?';
const MANAGER_QUESTION = 'What could I take off your plate this week?';

const addButton = (page: Page, question: string) => page.getByRole('button', { name: `Add to agenda: ${question}` });

/** A chat whose roles are set (employee and manager) and whose agenda has these items, through the API. */
async function preparedChat(titles: readonly string[]) {
  const { employee, manager } = pair();
  const chat = await createChat(stack, employee, manager);
  const client = await clientFor(stack.api, employee);
  const base = `/chats/${encodeURIComponent(chat.id)}`;
  const roles = { employee: devUserObjectId(employee), manager: devUserObjectId(manager) };
  expect((await client.request('PUT', `${base}/settings`, { body: { roles } })).status).toBe(200);
  for (const title of titles) expect((await client.request('POST', `${base}/agenda`, { body: { title } })).status).toBe(201);
  return { employee, manager, chatId: chat.id, client, base };
}

describe('roles in the 1:1 tab', () => {
  it('asks who is who in one click, then names both people and speaks to each in their role', async () => {
    const { employee, manager } = pair();
    const chat = await createChat(stack, employee, manager);
    const mine = await openChat(stack, employee, chat.id);
    const theirs = await openChat(stack, manager, chat.id);
    await loaded(mine.page);
    await loaded(theirs.page);
    expect(await pageHeading(theirs.page)).toBe('Our 1:1');
    // Until roles are set nobody is offered questions meant for someone else.
    await poll(() => theirs.page.getByText('Once you have said who is the employee and who is the manager').isVisible()).toBe(true);
    expect(await theirs.page.getByRole('button', { name: /^Add to agenda: / }).count()).toBe(0);
    expect(await seriousA11yViolations(theirs.page)).toEqual([]);

    await theirs.page.getByRole('button', { name: 'I’m the manager' }).click();
    const title = `${employee}’s 1:1 with ${manager}`;
    await poll(() => pageHeading(theirs.page)).toBe(title);
    await poll(() => theirs.page.getByText(`You are the manager; ${employee} is the employee.`).isVisible()).toBe(true);
    await poll(() => pageHeading(mine.page), OTHER_PERSON_TIMEOUT).toBe(title);
    await poll(() => mine.page.getByText(`You are the employee; ${manager} is your manager.`).isVisible()).toBe(true);

    // The manager's bank is about supporting the employee; the employee's about managing up.
    await poll(() => addButton(theirs.page, MANAGER_QUESTION).isVisible()).toBe(true);
    expect(await addButton(theirs.page, EMPLOYEE_QUESTION).count()).toBe(0);
    expect(await theirs.page.getByText('Feedback on your work').count()).toBe(0);
    expect(await theirs.page.getByText('Ask about what matters to your manager').count()).toBe(0);
    await poll(() => addButton(mine.page, EMPLOYEE_QUESTION).isVisible()).toBe(true);
    expect(await addButton(mine.page, MANAGER_QUESTION).count()).toBe(0);
    // A question of one's own is a talking point: there is no second way to write one.
    expect(await mine.page.getByRole('button', { name: 'Write your own' }).count()).toBe(0);

    await addButton(theirs.page, MANAGER_QUESTION).click();
    await poll(() => agendaTitles(mine.page), OTHER_PERSON_TIMEOUT).toEqual([MANAGER_QUESTION]);

    // Either member can change the roles from the tab.
    await mine.page.getByRole('button', { name: 'Swap roles' }).click();
    await poll(() => pageHeading(mine.page)).toBe(`${manager}’s 1:1 with ${employee}`);
    await poll(() => addButton(mine.page, 'Is anything blocking you that I could clear?').isVisible()).toBe(true);
    await poll(() => theirs.page.getByText(`You are the employee; ${employee} is your manager.`).isVisible(), OTHER_PERSON_TIMEOUT).toBe(true);
    await mine.context.close();
    await theirs.context.close();
  });

  it('are set when the tab is configured, and the tab opens with them', async () => {
    const { employee, manager } = pair();
    const chat = await createChat(stack, employee, manager);
    const config = await stack.open(employee, { hash: `/config?${new URLSearchParams({ chatId: chat.id }).toString()}` });
    const choice = config.page.getByRole('button', { name: 'I’m the employee' });
    await choice.waitFor();
    expect(await seriousA11yViolations(config.page)).toEqual([]);
    await choice.click();
    // Teams has not named the manager yet: they are named from their own first visit.
    await poll(() => config.page.getByRole('status').filter({ hasText: 'Saved: you are the employee; the other person is the manager.' }).isVisible()).toBe(true);
    await config.context.close();

    // Before the manager's first visit Teams has not named them: the page calls them by their role.
    const mine = await openChat(stack, employee, chat.id);
    await loaded(mine.page);
    await poll(() => pageHeading(mine.page)).toBe(`${employee}’s 1:1 with their manager`);
    expect(await mine.page.getByText('You and your manager see this same page.', { exact: false }).isVisible()).toBe(true);
    await mine.context.close();

    const theirs = await openChat(stack, manager, chat.id);
    await loaded(theirs.page);
    await poll(() => pageHeading(theirs.page)).toBe(`${employee}’s 1:1 with ${manager}`);
    expect(await theirs.page.getByText(`You are the manager; ${employee} is the employee.`).isVisible()).toBe(true);
    await theirs.context.close();
  });

  it('a chat of three says plainly the tab is for two people', async () => {
    const { employee, manager } = pair();
    const third = `Sam ${randomUUID().slice(0, 8)}`;
    const chat = await createChat(stack, employee, manager, third);
    const { context, page } = await openChat(stack, employee, chat.id);
    await loaded(page);
    await poll(() => page.getByText('The 1:1 tab is for two people').isVisible()).toBe(true);
    expect(await page.getByText('This chat has 3 members.', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'I’m the employee' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('cadence and a safe close', () => {
  it('shows the next 1:1 to both, proposes its date on close, takes outcomes in the close dialog, and can undo it', async () => {
    const { employee, manager, chatId } = await preparedChat(['Team offsite', 'Promotion timeline']);
    const mine = await openChat(stack, employee, chatId);
    const theirs = await openChat(stack, manager, chatId);
    await loaded(mine.page);
    await loaded(theirs.page);

    await mine.page.getByRole('button', { name: 'Set when we meet' }).click();
    const dialog = mine.page.getByRole('dialog', { name: 'When we meet' });
    await dialog.waitFor();
    await settled(mine.page);
    expect(await seriousA11yViolations(mine.page)).toEqual([]);
    await dialog.getByRole('combobox', { name: 'How often' }).selectOption('weekly');
    await dialog.getByRole('combobox', { name: 'Day' }).selectOption('2');
    await dialog.getByLabel('Time').fill('10:00');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const timeZone = await mine.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const cadence: Cadence = { kind: 'weekly', weekday: 2, time: '10:00', timeZone };
    const next = nextMeeting(cadence, new Date());
    if (next === null) throw new Error('A weekly cadence always has a next 1:1');
    const text = nextMeetingText(next, timeZone);
    expect(text).toMatch(/^Next 1:1: Tuesday, [A-Z][a-z]{2} \d{1,2}, 10:00$/);
    await poll(() => mine.page.getByText(text, { exact: true }).isVisible()).toBe(true);
    await poll(() => theirs.page.getByText(text, { exact: true }).isVisible(), OTHER_PERSON_TIMEOUT).toBe(true);

    // The manager closes: the dialog proposes the next 1:1's date and takes the outcomes.
    await theirs.page.getByRole('button', { name: 'Close this 1:1' }).click();
    const close = theirs.page.getByRole('dialog', { name: 'Close this 1:1?' });
    await close.waitFor();
    expect(await close.getByLabel('Date of this 1:1').inputValue()).toBe(next.date);
    await close.getByRole('checkbox', { name: 'Discussed: Team offsite' }).check();
    await close.getByRole('textbox', { name: 'Outcome of “Team offsite”' }).fill('May, in Lisbon');
    await poll(() => close.innerText()).toContain('1 item not discussed carries over');
    await settled(theirs.page);
    expect(await seriousA11yViolations(theirs.page)).toEqual([]);
    await close.getByRole('button', { name: 'Close 1:1' }).click();
    await close.waitFor({ state: 'detached' });
    await poll(() => agendaTitles(theirs.page)).toEqual(['Promotion timeline']);

    // The employee undoes it: the agenda is back as it was, outcome included, for both.
    const undo = mine.page.getByRole('button', { name: 'Undo close' });
    await poll(() => undo.isVisible(), OTHER_PERSON_TIMEOUT).toBe(true);
    expect(await seriousA11yViolations(mine.page)).toEqual([]);
    await undo.click();
    await poll(() => agendaTitles(mine.page)).toEqual(['Team offsite', 'Promotion timeline']);
    await poll(() => mine.page.getByRole('status').filter({ hasText: 'Close undone: the agenda is back as it was.' }).isVisible()).toBe(true);
    await poll(() => agendaTitles(theirs.page), OTHER_PERSON_TIMEOUT).toEqual(['Team offsite', 'Promotion timeline']);
    await poll(() => agendaItem(theirs.page, 'Team offsite').innerText()).toContain('May, in Lisbon');
    await poll(() => theirs.page.getByRole('heading', { name: 'No 1:1s closed yet' }).isVisible()).toBe(true);
    await mine.context.close();
    await theirs.context.close();
  });

  it('a second close on the same day asks first, says what it will do, and then files a second record', async () => {
    const { manager, chatId } = await preparedChat(['Career path']);
    const { context, page } = await openChat(stack, manager, chatId);
    await loaded(page);
    const closeOnce = async () => {
      await page.getByRole('button', { name: 'Close this 1:1' }).click();
      const dialog = page.getByRole('dialog', { name: 'Close this 1:1?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Close 1:1' }).click();
      return dialog;
    };
    await (await closeOnce()).waitFor({ state: 'detached' });
    const history = page.getByRole('region', { name: 'History' }).getByRole('article');
    await poll(() => history.count()).toBe(1);

    const again = await closeOnce();
    const question = again.getByRole('alert').filter({ hasText: 'A 1:1 was already closed on' });
    await poll(() => question.isVisible()).toBe(true);
    expect(await question.innerText()).toContain('Close again? That files a second record for the same day');
    await again.getByRole('button', { name: 'Close again' }).click();
    await again.waitFor({ state: 'detached' });
    await poll(() => history.count()).toBe(2);
    await context.close();
  });
});

describe('comments on shared commitments', () => {
  it('are behind a Comment button, and show their author and time apart from the text', async () => {
    const { employee, manager, chatId, client } = await preparedChat([]);
    expect((await client.request('POST', '/me/commitments', { body: { title: 'Send the Q3 numbers', dueDate: '2026-01-15', sharedInOneOnOne: true } })).status).toBe(201);
    const theirs = await openChat(stack, manager, chatId);
    const card = theirs.page.getByRole('article', { name: 'Send the Q3 numbers' });
    await card.waitFor();
    expect(await card.getByRole('textbox').count()).toBe(0);
    await card.getByRole('button', { name: 'Comment on “Send the Q3 numbers”' }).click();
    const box = card.getByRole('textbox', { name: 'Comment on “Send the Q3 numbers”' });
    await poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await box.fill('Can you get them to me by Friday?');
    await card.getByRole('button', { name: 'Add comment' }).click();
    await poll(() => card.getByRole('textbox').count()).toBe(0);

    const mine = await openChat(stack, employee, chatId);
    const comment = mine.page.getByRole('list', { name: 'Comments on Send the Q3 numbers' }).getByRole('listitem');
    await poll(() => comment.count(), OTHER_PERSON_TIMEOUT).toBe(1);
    expect(await comment.getByText(manager, { exact: true }).isVisible()).toBe(true);
    const time = comment.locator('time');
    expect(Date.parse(String(await time.getAttribute('datetime')))).toBeGreaterThan(Date.now() - 5 * 60_000);
    expect((await time.innerText()).length).toBeGreaterThan(0);
    const text = await comment.innerText();
    expect(text).toContain('Can you get them to me by Friday?');
    expect(text).not.toContain(`${manager}Can`);
    await mine.context.close();
    await theirs.context.close();
  });
});
