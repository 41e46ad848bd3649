import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import { clientFor, type Client } from '../support/apiHarness';
import { seriousA11yViolations } from '../support/browser';
import { addUpwardToChat, openChatTab, openPersonalTab, OTHER_PERSON_TIMEOUT, pair, region } from '../support/chatTab';
import { A11Y_CASES, poll, settled } from '../support/e2e';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});


async function created(client: Client, path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await client.request('POST', path, { body });
  expect(response.status).toBe(201);
  return response.body;
}

/** A chat where the employee shared a goal with a win that advanced it, and kept another goal private. */
async function chatWithSharedGoal() {
  const { employee, manager } = pair();
  const chatId = await addUpwardToChat(stack, employee, manager);
  const client = await clientFor(stack.api, employee);
  const goal = await created(client, '/me/goals', { title: 'Lead the payments team', horizon: '1y', progress: 40, sharedInOneOnOne: true });
  await created(client, '/me/goals', { title: 'SECRET leave for a rival', horizon: '5y' });
  await created(client, '/me/wins', {
    title: 'Cut refunds by half',
    date: '2026-02-01',
    goalId: goal.id,
    evidenceUrl: 'https://example.com/refunds',
    sharedInOneOnOne: true,
  });
  return { employee, manager, chatId, client, base: `/chats/${encodeURIComponent(chatId)}` };
}

describe('career goals on the table', () => {
  it('the employee shares a goal from its dialog; the manager sees it with its horizon and answers how they can help; the answer lands on the goal', async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const personal = await openPersonalTab(stack, employee);
    for (const goal of [
      { title: 'SECRET leave for a rival', share: false },
      { title: 'Lead the payments team', share: true },
    ]) {
      await personal.page.getByRole('button', { name: 'Add goal' }).click();
      const dialog = personal.page.getByRole('dialog', { name: 'Add a career goal' });
      await dialog.getByRole('textbox', { name: 'Goal' }).fill(goal.title);
      if (goal.share) await dialog.getByRole('switch', { name: 'Share in my 1:1' }).check();
      await dialog.getByRole('button', { name: 'Add goal' }).click();
      await dialog.waitFor({ state: 'detached' });
    }

    const managerTab = await openChatTab(stack, manager, chatId);
    const card = region(managerTab.page, 'Career goals').getByRole('article', { name: 'Lead the payments team' });
    await poll(() => card.isVisible(), OTHER_PERSON_TIMEOUT).toBe(true);
    expect(await card.innerText()).toContain('In 1 year');
    expect(await card.innerText()).toContain(employee);
    // Not hidden: absent. Nothing of the private goal reaches the manager's page.
    expect(await managerTab.page.content()).not.toContain('SECRET');

    await card.getByRole('textbox', { name: 'How I can help with “Lead the payments team”' }).fill('I will introduce you to the VP of payments.');
    await card.getByRole('button', { name: 'Save answer' }).click();
    await poll(() => managerTab.page.getByRole('status').filter({ hasText: 'Answer saved on “Lead the payments team”.' }).isVisible()).toBe(true);

    await personal.page.reload();
    const goalCard = personal.page.getByRole('article', { name: 'Lead the payments team' });
    await poll(() => goalCard.getByRole('group', { name: `How ${manager} can help` }).innerText()).toContain('I will introduce you to the VP of payments.');
    expect(await goalCard.innerText()).toContain('Shared in your 1:1');
    // The employee's own chat tab shows the answer too, with no form to answer themself.
    const employeeTab = await openChatTab(stack, employee, chatId);
    const own = region(employeeTab.page, 'Career goals').getByRole('article', { name: 'Lead the payments team' });
    await poll(() => own.innerText(), OTHER_PERSON_TIMEOUT).toContain('I will introduce you to the VP of payments.');
    expect(await own.getByRole('textbox').count()).toBe(0);
    for (const opened of [personal, managerTab, employeeTab]) await opened.context.close();
  });

  it('shows the win that advanced a shared goal under it, and the evidence and goal on the shared win', async () => {
    const { manager, chatId } = await chatWithSharedGoal();
    const { context, page } = await openChatTab(stack, manager, chatId);
    const goal = region(page, 'Career goals').getByRole('article', { name: 'Lead the payments team' });
    await poll(() => goal.getByRole('list', { name: 'Wins that advanced Lead the payments team' }).innerText()).toContain('Cut refunds by half');
    expect(await goal.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.4');
    const win = region(page, 'Shared wins').getByRole('article', { name: 'Cut refunds by half' });
    expect(await win.innerText()).toContain('Goal: Lead the payments team');
    expect(await win.getByRole('link', { name: /Evidence for Cut refunds by half/ }).getAttribute('href')).toBe('https://example.com/refunds');
    expect(await page.content()).not.toContain('SECRET');
    await context.close();
  });
});

describe('actions for both', () => {
  it("turns an outcome into the manager's action and the employee's own commitment; either marks the manager's done, and the employee follows up from their tab", async () => {
    const { employee, manager } = pair();
    const chatId = await addUpwardToChat(stack, employee, manager);
    const client = await clientFor(stack.api, employee);
    const item = await created(client, `/chats/${encodeURIComponent(chatId)}/agenda`, { title: 'Visibility with leadership' });
    const update = await client.request('PUT', `/chats/${encodeURIComponent(chatId)}/agenda/${String(item.id)}`, {
      body: { title: 'Visibility with leadership', discussed: true, outcome: 'Morgan introduces Avery to the VP' },
      headers: { 'If-Match': String(item.etag) },
    });
    expect(update.status).toBe(200);

    // Teams names only whoever added the app: the manager's name is known once they open the tab.
    const theirs = await openChatTab(stack, manager, chatId);
    const mine = await openChatTab(stack, employee, chatId);
    const form = mine.page.getByRole('form', { name: 'Turn an outcome into an action' });
    await poll(() => form.innerText()).toContain('Outcome: Morgan introduces Avery to the VP');
    await form.getByRole('radio', { name: manager }).check();
    await form.getByRole('textbox', { name: 'What' }).fill('Introduce Avery to the VP');
    await form.locator('input[type="date"]').fill('2026-12-12');
    await form.getByRole('button', { name: 'Add action' }).click();
    const offered = region(mine.page, 'Actions agreed');
    await poll(() => offered.getByRole('heading', { name: `What ${manager} offered` }).isVisible()).toBe(true);
    await form.getByRole('radio', { name: 'You' }).check();
    await form.getByRole('textbox', { name: 'What' }).fill('Draft the team charter');
    await form.getByRole('button', { name: 'Add action' }).click();
    await poll(() => region(mine.page, 'Shared commitments').getByRole('article', { name: 'Draft the team charter' }).isVisible()).toBe(true);

    const action = region(theirs.page, 'Actions agreed').getByRole('article', { name: 'You: Introduce Avery to the VP' });
    await poll(() => action.isVisible(), OTHER_PERSON_TIMEOUT).toBe(true);
    expect(await action.innerText()).toMatch(/By .*2026/);
    await action.getByRole('checkbox', { name: 'Done' }).check();
    await poll(() => theirs.page.getByRole('status').filter({ hasText: 'Marked done: Introduce Avery to the VP' }).isVisible()).toBe(true);

    const personal = await openPersonalTab(stack, employee);
    const asked = personal.page.getByRole('region', { name: 'Asked of my manager' });
    const followUp = asked.getByRole('article', { name: `${manager}: Introduce Avery to the VP` });
    await poll(() => followUp.getByRole('checkbox', { name: 'Done' }).isChecked()).toBe(true);
    // The employee can open it again from their own tab, and the chat follows.
    await followUp.getByRole('checkbox', { name: 'Done' }).uncheck();
    await poll(() => personal.page.getByRole('status').filter({ hasText: 'Open again: Introduce Avery to the VP' }).isVisible()).toBe(true);
    await poll(() => action.getByRole('checkbox', { name: 'Done' }).isChecked(), OTHER_PERSON_TIMEOUT).toBe(false);
    // Their own action is in their own commitments; the manager's is not.
    const commitments = personal.page.getByRole('region', { name: 'Commitments' });
    expect(await commitments.getByRole('article', { name: 'Draft the team charter' }).count()).toBe(1);
    for (const opened of [mine, theirs, personal]) await opened.context.close();
  });
});

describe('the record keeps what was shared', () => {
  it('after a close the shared win stays under "Shared before" and the record lists the wins, commitments and actions as they were', async () => {
    const { employee, manager, client, base, chatId } = await chatWithSharedGoal();
    await created(client, '/me/commitments', { title: 'Write the runbook', dueDate: '2026-04-01', sharedInOneOnOne: true });
    const item = await created(client, `${base}/agenda`, { title: 'Visibility' });
    await created(client, `${base}/actions`, { agendaItemId: item.id, ownerObjectId: devUserObjectId(manager), title: 'Introduce Avery to the VP' });
    const managerClient = await clientFor(stack.api, manager);
    const space = await managerClient.request('GET', `${base}/space`);
    const closed = await managerClient.request('POST', `${base}/close`, {
      body: { agendaVersion: (space.body.agenda as { version: string }).version, date: '2026-03-01' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expect(closed.status).toBe(201);

    const { context, page } = await openChatTab(stack, employee, chatId);
    const wins = region(page, 'Shared wins');
    await poll(() => wins.getByRole('list', { name: 'Shared before' }).getByRole('article', { name: 'Cut refunds by half' }).isVisible()).toBe(true);
    expect(await wins.innerText()).not.toContain('No shared wins yet');
    const record = region(page, 'History').getByRole('article');
    await record.getByRole('button', { name: /^Show the agenda of the 1:1 on / }).click();
    const sharedWins = record.getByRole('list', { name: /^Wins shared on / });
    await poll(() => sharedWins.innerText()).toContain('Cut refunds by half');
    expect(await sharedWins.innerText()).toContain('Goal: Lead the payments team');
    expect(await sharedWins.getByRole('link', { name: /Evidence for Cut refunds by half/ }).getAttribute('href')).toBe('https://example.com/refunds');
    expect(await record.getByRole('list', { name: /^Commitments shared on / }).innerText()).toContain('Write the runbook');
    expect(await record.getByRole('list', { name: /^Actions agreed on / }).innerText()).toContain(`${manager}: Introduce Avery to the VP`);
    expect(await page.content()).not.toContain('SECRET');
    await context.close();
  });
});

describe('accessibility of what the 1:1 shares', () => {
  it.each(A11Y_CASES)('chat tab with shared goals and actions, and the personal tab with help and asks ($theme, $width px)', async ({ theme, width }) => {
    const { employee, manager, client, base, chatId } = await chatWithSharedGoal();
    const managerClient = await clientFor(stack.api, manager);
    const item = await created(client, `${base}/agenda`, { title: 'Visibility' });
    await created(client, `${base}/actions`, { agendaItemId: item.id, ownerObjectId: devUserObjectId(manager), title: 'Introduce Avery to the VP', dueDate: '2026-12-12' });
    const goals = (await managerClient.request('GET', `${base}/space`)).body.sharedGoals as { id: string; ownerObjectId: string }[];
    const goal = goals[0];
    expect(goal).toBeDefined();
    if (goal === undefined) return;
    const help = await managerClient.request('PUT', `${base}/goals/${goal.id}/help`, { body: { ownerObjectId: goal.ownerObjectId, text: 'A VP intro.' } });
    expect(help.status).toBe(200);

    const chat = await openChatTab(stack, manager, chatId, { theme, width });
    await region(chat.page, 'Career goals').getByRole('article', { name: 'Lead the payments team' }).waitFor();
    await settled(chat.page);
    expect(await seriousA11yViolations(chat.page)).toEqual([]);
    expect(await chat.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await chat.context.close();

    const personal = await openPersonalTab(stack, employee, { theme, width });
    await personal.page.getByRole('region', { name: 'Asked of my manager' }).waitFor();
    await settled(personal.page);
    expect(await seriousA11yViolations(personal.page)).toEqual([]);
    expect(await personal.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await personal.context.close();
  });
});
