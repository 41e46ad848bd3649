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
import { openLogInUpward, openPlaygroundChat, PLAYGROUND_CHAT_ID, playgroundChatName, sendMessage, startPlayground, type Playground } from './playground';

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
  playground = await startPlayground({ endpoint: `${api.baseUrl}/api/messages`, port: await freePort(), user, partner: manager, workDir, quiet: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await playground.stop();
  await api.stop();
  await rm(workDir, { recursive: true, force: true });
});

const openChat = (): Promise<Page> => openPlaygroundChat(browser, playground, playgroundChatName(user, manager));

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

  it('a message I wrote is logged as feedback someone gave me: I name the giver, and it is private to me in the API, linked to the message', async () => {
    const page = await openChat();
    const text = `Morgan said my demo should open with the numbers (${randomUUID().slice(0, 4)})`;
    await sendMessage(page, text);
    const form = await openLogInUpward(page, text);
    await form.getByRole('radio', { name: /Feedback: what someone told me/ }).check();
    // I wrote the message myself, so the form does not guess the giver: only someone else's message names one.
    expect(await form.getByRole('textbox', { name: 'Who gave it' }).inputValue()).toBe('');
    expect(await form.getByRole('textbox', { name: 'What they said' }).inputValue()).toBe(text);
    await form.getByRole('textbox', { name: 'Who gave it' }).fill(manager);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText(), { timeout: 2000 }).toContain(`Saved as feedback from ${manager}. Only you can see it, in Upward's Feedback.`);

    const client = await clientFor(api, user);
    const entries = (await client.request('GET', '/me/feedback/summary')).body.entries as { feedback: Record<string, unknown> }[];
    const saved = entries.map((entry) => entry.feedback).filter((feedback) => feedback.text === text);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ giver: manager, origin: 'message', receivedOn: new Date().toISOString().slice(0, 10), source: { authorName: user, text } });
    // The playground sends no link to the message (Teams does); the message's id and time are what link it here.
    expect(saved[0]?.source).toMatchObject({ messageId: expect.stringMatching(/\S/), sentAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    // Feedback is not also a commitment or a win, and the other member of the chat does not get it.
    for (const route of ['/me/commitments', '/me/wins']) expect(JSON.stringify((await client.request('GET', route)).body)).not.toContain(text);
    expect(JSON.stringify((await (await clientFor(api, manager)).request('GET', '/me/feedback/summary')).body)).not.toContain(text);
    await page.context().close();
  });

  it('a message is logged as an insight about my manager, in the field I pick, into my current profile of them', async () => {
    const client = await clientFor(api, user);
    const profile = await client.request('POST', '/me/managers', { body: { name: manager } });
    expect(profile.status).toBe(201);
    const page = await openChat();
    const text = `Prefers a one-page summary before any big decision (${randomUUID().slice(0, 4)})`;
    await sendMessage(page, text);
    const form = await openLogInUpward(page, text);
    await form.getByRole('radio', { name: /An insight about my manager/ }).check();
    // With a profile, the form names my manager and asks for no name.
    await form.getByText(`If it is about how ${manager} works`).waitFor();
    expect(await form.getByRole('textbox', { name: 'My manager’s name' }).count()).toBe(0);
    const field = form.getByRole('combobox', { name: 'Which part of how they work' });
    await field.click();
    await page.getByRole('option', { name: 'How they measure success' }).click();
    expect(await field.inputValue()).toBe('How they measure success');
    expect(await form.getByRole('textbox', { name: 'What I learned' }).inputValue()).toBe(text);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText(), { timeout: 2000 }).toContain(`Saved to how ${manager} works: How they measure success. Only you can see it, in Upward's My manager.`);

    const view = (await client.request('GET', '/me/manager')).body as { insights: Record<string, unknown>[] };
    const saved = view.insights.filter((insight) => insight.text === text);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ profileId: profile.body.id, field: 'success', origin: 'message', source: { authorName: user, text, messageId: expect.stringMatching(/\S/) } });
    expect(JSON.stringify((await (await clientFor(api, manager)).request('GET', '/me/manager')).body)).not.toContain(text);
    await page.context().close();
  });

  it('the playground installing the app in its chat puts the user on that chat roster', async () => {
    await (await openChat()).context().close();
    expect(await api.services.rosters.access(PLAYGROUND_CHAT_ID, LOCAL_TENANT_ID, devUserObjectId(user))).toBe('member');
  });
});
