import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import { appAddedToChat, oneOnOneChat, postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { teamsUser } from '../bot/teamsActivities';
import { clientFor, type Client } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { loaded, openChatTab, OTHER_PERSON_TIMEOUT, pair, region } from '../support/chatTab';
import { A11Y_CASES, poll, settled } from '../support/e2e';
import { startTabStack, type TabStack } from '../support/tabStack';
import { sampleHeadsUp } from '../support/headsUps';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

/**
 * A 1:1 with Upward and who is who said, as the page's one-click prompt does. With
 * `bot: false` only the roster is there, so the bot cannot post in it until `addBot`.
 */
async function chatWithRoles(options: { readonly bot: boolean } = { bot: true }) {
  const { employee, manager } = pair();
  const chat = oneOnOneChat(teamsUser(employee), teamsUser(manager));
  const addBot = async () => {
    for (const activity of appAddedToChat(chat, teamsUser(employee), [teamsUser(manager)])) expect((await postActivity(stack.api.baseUrl, activity)).status).toBe(200);
  };
  if (options.bot) await addBot();
  else await stack.api.services.rosters.install(chat.id, LOCAL_TENANT_ID, [employee, manager].map((name) => ({ objectId: devUserObjectId(name), name })));
  const chatId = chat.id;
  const client = await clientFor(stack.api, employee);
  const base = `/chats/${encodeURIComponent(chatId)}`;
  const roles = await client.request('PUT', `${base}/settings`, { body: { roles: { employee: devUserObjectId(employee), manager: devUserObjectId(manager) } } });
  expect(roles.status).toBe(200);
  return { employee, manager, chatId, client, base, addBot };
}

/** A heads-up whose decide-by date has passed, undecided. */
const LATE = { ...sampleHeadsUp(), risk: 'The audit may find the old access lists', byWhen: '2026-01-20', decideBy: '2026-01-10' };

async function raise(client: Client, base: string, body: Record<string, unknown>): Promise<void> {
  expect((await client.request('POST', `${base}/heads-ups`, { body })).status).toBe(201);
}

describe('heads-ups in the chat tab', () => {
  it('the employee raises one from the form (errors say what to do), the manager decides it there, and both see the decision', async () => {
    const { employee, manager, chatId } = await chatWithRoles();
    const mine = await openChatTab(stack, employee, chatId);
    const section = region(mine.page, 'Heads-ups');
    const raiseButton = section.getByRole('button', { name: 'Raise a heads-up' });
    await raiseButton.click();
    const form = mine.page.getByRole('form', { name: 'Raise a heads-up' });
    // Focus moves into the form; Cancel brings it back to the button.
    await poll(() => form.getByRole('textbox', { name: 'What may go wrong' }).evaluate((element) => element === document.activeElement)).toBe(true);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await poll(() => raiseButton.evaluate((element) => element === document.activeElement)).toBe(true);

    await raiseButton.click();
    await form.getByRole('button', { name: 'Share the heads-up' }).click();
    await poll(() => form.innerText()).toContain('Say what may go wrong.');
    expect(await form.innerText()).toContain('Pick the option you recommend.');
    expect(await form.innerText()).toContain('Pick the date you need a decision by.');

    await form.getByRole('textbox', { name: 'What may go wrong' }).fill('The vendor API may slip past launch');
    await form.getByLabel('By when').fill('2030-12-15');
    await form.getByRole('textbox', { name: 'What it affects' }).fill('The December launch');
    const options = form.getByRole('group');
    await options.nth(0).getByRole('textbox', { name: 'What we would do' }).fill('Delay one week');
    await options.nth(0).getByRole('textbox', { name: 'What it costs' }).fill('A week of spend');
    await options.nth(1).getByRole('textbox', { name: 'What we would do' }).fill('Ship without it');
    await options.nth(1).getByRole('textbox', { name: 'What it costs' }).fill('Manual exports');
    await form.getByRole('radio', { name: 'Option 2: Ship without it' }).check();
    await form.getByLabel('Decision needed by').fill('2030-12-10');
    await form.getByRole('button', { name: 'Share the heads-up' }).click();
    const item = section.getByRole('article', { name: 'The vendor API may slip past launch' });
    await poll(() => item.isVisible()).toBe(true);
    expect(await item.innerText()).toContain('Decision needed by Dec 10, 2030');
    expect(await item.getByRole('button').count()).toBe(0);

    const theirs = await openChatTab(stack, manager, chatId);
    const seen = region(theirs.page, 'Heads-ups').getByRole('article', { name: 'The vendor API may slip past launch' });
    await poll(() => seen.isVisible(), OTHER_PERSON_TIMEOUT).toBe(true);
    await seen.getByRole('checkbox', { name: /commitments/ }).check();
    await seen.getByRole('button', { name: 'Go with 2: Ship without it' }).click();
    await poll(() => seen.innerText()).toContain('Decided: Ship without it');
    expect(await seen.getByRole('button').count()).toBe(0);
    await poll(() => item.innerText(), OTHER_PERSON_TIMEOUT).toContain(`Decided: Ship without it, by ${manager}`);
    for (const opened of [mine, theirs]) await opened.context.close();
  });

  it('the employee posts the card of a heads-up raised before the bot was in the chat; after a reload the button is gone', async () => {
    const { employee, manager, chatId, client, base, addBot } = await chatWithRoles({ bot: false });
    const risk = 'The pen test may block the release';
    await raise(client, base, { ...sampleHeadsUp(), risk, byWhen: '2030-12-15', decideBy: '2030-12-10' });
    const mine = await openChatTab(stack, employee, chatId);
    const item = region(mine.page, 'Heads-ups').getByRole('article', { name: risk });
    await poll(() => item.innerText()).toContain('Not posted in the chat yet');
    const postButton = item.getByRole('button', { name: 'Post card in chat' });

    await postButton.click();
    await poll(() => item.innerText()).toContain('Add Upward to this chat, then post again.');
    const cardsOf = () => stack.api.connector.received.filter((call) => call.method === 'POST' && call.conversationId === chatId && JSON.stringify(call.activity).includes(risk));
    expect(cardsOf()).toHaveLength(0);

    await addBot();
    await postButton.click();
    await poll(() => item.innerText()).toContain('Card posted in the chat');
    expect(await item.getByRole('button', { name: 'Post card in chat' }).count()).toBe(0);
    expect(await item.innerText()).not.toContain('Add Upward to this chat');
    expect(cardsOf()).toHaveLength(1);

    await mine.page.reload();
    await loaded(mine.page);
    await poll(() => item.isVisible()).toBe(true);
    expect(await item.innerText()).not.toContain('Not posted in the chat yet');
    expect(await item.getByRole('button', { name: 'Post card in chat' }).count()).toBe(0);
    await mine.context.close();

    const theirs = await openChatTab(stack, manager, chatId);
    await region(theirs.page, 'Heads-ups').getByRole('button', { name: 'Go with 1: Delay launch one week' }).waitFor();
    expect(await region(theirs.page, 'Heads-ups').getByRole('button', { name: 'Post card in chat' }).count()).toBe(0);
    await theirs.context.close();
  });

  it.each(A11Y_CASES)('heads-ups, the form, the decide buttons and "Post card in chat" ($theme, $width px)', async ({ theme, width }) => {
    // No bot in the chat, so the heads-up's card is not posted and the employee is offered the button.
    const { employee, manager, chatId, client, base } = await chatWithRoles({ bot: false });
    await raise(client, base, LATE);
    const mine = await openChatTab(stack, employee, chatId, { theme, width });
    const late = region(mine.page, 'Heads-ups').getByRole('article', { name: LATE.risk });
    await poll(() => late.innerText()).toContain('Decision needed by Jan 10: late');
    await late.getByRole('button', { name: 'Post card in chat' }).click();
    await poll(() => late.innerText()).toContain('Add Upward to this chat, then post again.');
    await region(mine.page, 'Heads-ups').getByRole('button', { name: 'Raise a heads-up' }).click();
    await settled(mine.page);
    expect(await seriousA11yViolations(mine.page)).toEqual([]);
    expect(await mine.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await mine.context.close();

    const theirs = await openChatTab(stack, manager, chatId, { theme, width });
    await region(theirs.page, 'Heads-ups').getByRole('button', { name: 'Go with 1: Delay launch one week' }).waitFor();
    await settled(theirs.page);
    expect(await seriousA11yViolations(theirs.page)).toEqual([]);
    expect(await theirs.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await theirs.context.close();
  });
});
