import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/hosts/local/azurite';
import { LOCAL_TENANT_ID, devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { clientFor, startTestApi } from '../support/apiHarness';
import { launchChromium } from '../support/browser';
import { PLAYGROUND_CHAT_ID, playgroundChatName, startPlayground, type Playground } from './playground';

// Microsoft's Agents Playground is a Teams-like client: it sends the bot the activities Teams
// would, renders the Adaptive Card dialog and posts what the user types. Here a person uses
// "Log in Upward" on a chat message in it, and the item must then be theirs in the API.

const user = `Avery ${randomUUID().slice(0, 6)}`;
const manager = `Morgan ${randomUUID().slice(0, 6)}`;
let api: LocalApi;
let playground: Playground;
let browser: Browser;
let workDir: string;

beforeAll(async () => {
  api = await startTestApi();
  workDir = await mkdtemp(path.join(os.tmpdir(), 'upward-playground-'));
  playground = await startPlayground({ endpoint: `${api.baseUrl}/api/messages`, port: await freePort(), user, manager, workDir, quiet: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await playground.stop();
  await api.stop();
  await rm(workDir, { recursive: true, force: true });
});

async function openChat(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(playground.url);
  await page.getByText('Connected.').waitFor();
  await page.getByText(playgroundChatName(user, manager)).click();
  return page;
}

async function sendMessage(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: /Type a message/ }).or(page.getByRole('textbox').first()).first().fill(text);
  await page.keyboard.press('Enter');
  await page.getByText(text, { exact: true }).last().waitFor();
}

/** On the message: … > Action Command, command id "logItem", dialog fetched from the app. */
async function openLogInUpward(page: Page, text: string) {
  await page.getByText(text, { exact: true }).last().hover();
  await page.getByRole('button', { name: 'Show more information' }).last().click();
  await page.getByRole('menuitem', { name: 'Action Command' }).click();
  const options = page.getByRole('dialog');
  await options.getByRole('textbox').fill('logItem');
  await options.getByRole('radio', { name: /Adaptive Cards/ }).check();
  await options.getByRole('button', { name: 'Create' }).click();
  const form = page.getByRole('dialog');
  await form.getByText('From a message by').waitFor();
  return form;
}

describe('Log in Upward in the Agents Playground', () => {
  it('a message I wrote is logged as a commitment, prefilled, and is then mine in the API', async () => {
    const page = await openChat();
    const text = `I'll send you the Q3 numbers by Friday (${randomUUID().slice(0, 4)})`;
    await sendMessage(page, text);
    const form = await openLogInUpward(page, text);

    expect(await form.getByRole('radio', { name: /A commitment/ }).isChecked()).toBe(true);
    expect(await form.getByRole('textbox', { name: /Title/ }).inputValue()).toBe(text);
    expect(await form.getByLabel('Due date').inputValue()).not.toBe('');
    await form.getByRole('textbox', { name: 'To whom' }).fill(manager);
    await form.getByRole('checkbox', { name: 'Share in my 1:1' }).check();
    await page.screenshot({ path: path.join(os.tmpdir(), 'upward-playground-form.png') });
    await form.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => page.getByRole('dialog').innerText(), { timeout: 2000 }).toContain(`Logged in Upward as a commitment to ${manager}`);
    await page.screenshot({ path: path.join(os.tmpdir(), 'upward-playground-confirmation.png') });

    const client = await clientFor(api, user);
    const items = (await client.request('GET', '/me/commitments')).body.items ?? [];
    const logged = items.filter((item) => item.title === text);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ toWhom: manager, sharedInOneOnOne: true, status: 'open', source: { authorName: user, text } });
    expect(logged[0]?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Someone else in the same chat does not see it.
    const managerItems = (await (await clientFor(api, manager)).request('GET', '/me/commitments')).body.items ?? [];
    expect(managerItems.filter((item) => item.title === text)).toEqual([]);
    await page.context().close();
  });

  it('an empty title comes back with the error in the dialog and nothing is stored', async () => {
    const page = await openChat();
    const text = `Shipped the importer (${randomUUID().slice(0, 4)})`;
    await sendMessage(page, text);
    const form = await openLogInUpward(page, text);
    await form.getByRole('radio', { name: /A win/ }).check();
    // The card's own check blocks an empty title, so send one the server refuses: only spaces.
    await form.getByRole('textbox', { name: /Title/ }).fill('   ');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText(), { timeout: 2000 }).toContain('Required.');
    const client = await clientFor(api, user);
    const wins = (await client.request('GET', '/me/wins')).body.items ?? [];
    expect(wins.filter((item) => String((item.source as { text?: string } | undefined)?.text) === text)).toEqual([]);
    await page.context().close();
  });

  it('the playground installing the app in its chat puts the user on that chat roster', async () => {
    await (await openChat()).context().close();
    expect(await api.services.rosters.access(PLAYGROUND_CHAT_ID, LOCAL_TENANT_ID, devUserObjectId(user))).toBe('member');
  });
});
