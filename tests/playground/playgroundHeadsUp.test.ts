import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/hosts/local/azurite';
import { devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { clientFor, startTestApi, type Client } from '../support/apiHarness';
import { launchChromium } from '../support/browser';
import { sampleHeadsUp } from '../support/headsUps';
import { addChatMember, openPlaygroundChat, PLAYGROUND_CHAT_ID, playgroundChatName, startPlayground, type Playground } from './playground';

// The heads-up card in Microsoft's Agents Playground, which is a Teams-like client and its own
// Bot Connector: the bot posts the card proactively into the playground's chat when the employee
// raises a heads-up through the API, and the manager, signed in to the playground, decides on
// the card (Action.Execute, answered by the bot with the card as it now stands).

const manager = `Morgan ${randomUUID().slice(0, 6)}`;
const employee = `Avery ${randomUUID().slice(0, 6)}`;
const base = `/chats/${encodeURIComponent(PLAYGROUND_CHAT_ID)}`;
let api: LocalApi;
let playground: Playground;
let browser: Browser;
let workDir: string;
let employeeClient: Client;

beforeAll(async () => {
  api = await startTestApi();
  workDir = await mkdtemp(path.join(os.tmpdir(), 'upward-playground-'));
  // Signed in as the manager, the person who decides; the employee is the other person of the chat.
  playground = await startPlayground({ endpoint: `${api.baseUrl}/api/messages`, port: await freePort(), user: manager, partner: employee, workDir, quiet: true });
  browser = await launchChromium();
  employeeClient = await clientFor(api, employee);
});
afterAll(async () => {
  await browser.close();
  await playground.stop();
  await api.stop();
  await rm(workDir, { recursive: true, force: true });
});

const openChat = (): Promise<Page> => openPlaygroundChat(browser, playground, playgroundChatName(manager, employee));

/** The card in the chat that shows this heads-up's risk. */
const cardOf = (page: Page, risk: string): Locator => page.locator('.ac-adaptiveCard').filter({ hasText: risk });

interface StoredHeadsUp {
  readonly id: string;
  readonly risk: string;
  readonly decision: { choice: string; option?: number; createCommitment?: boolean; by: { objectId: string; name: string }; at: string; commitmentId?: string } | null;
}

async function headsUps(): Promise<StoredHeadsUp[]> {
  const space = await employeeClient.request('GET', `${base}/space`);
  expect(space.status).toBe(200);
  return space.body.headsUps as StoredHeadsUp[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** The chat with both people on its roster and the roles set, open in the playground as the manager. */
let page: Page;

async function raise(): Promise<{ id: string; risk: string; card: Locator }> {
  const risk = `The vendor API may slip past our launch (${randomUUID().slice(0, 6)})`;
  const raised = await employeeClient.request('POST', `${base}/heads-ups`, { body: { ...sampleHeadsUp(), risk } });
  expect(raised.status).toBe(201);
  const card = cardOf(page, risk);
  // Posted by the bot, not typed by anyone: it reaches the playground only as a proactive message.
  await card.waitFor();
  expect(await card.innerText()).toContain(`Heads-up from ${employee}`);
  return { id: String(raised.body.id), risk, card };
}

async function stored(id: string): Promise<StoredHeadsUp> {
  const found = (await headsUps()).filter((headsUp) => headsUp.id === id);
  expect(found).toHaveLength(1);
  const [headsUp] = found;
  if (headsUp === undefined) throw new Error('The heads-up is not in the space.');
  return headsUp;
}

async function commitmentsFrom(risk: string): Promise<Record<string, unknown>[]> {
  const items = (await employeeClient.request('GET', '/me/commitments')).body.items ?? [];
  return items.filter((item) => String(item.details).includes(risk));
}

describe('a heads-up card in the Agents Playground', () => {
  beforeAll(async () => {
    // The playground's chat id is fixed and this run's Azurite is shared with the other
    // playground tests, whose users joined the same chat: start from an empty roster, as a new chat has.
    const earlier = await api.services.rosters.members(PLAYGROUND_CHAT_ID);
    await api.services.rosters.removeMembers(PLAYGROUND_CHAT_ID, earlier.map((member) => member.objectId));
    page = await openChat();
    // The playground's install names only its signed-in user; Teams tells the bot about the second person like this.
    await addChatMember(page, playground, manager, employee);
    const members = (await api.services.rosters.members(PLAYGROUND_CHAT_ID)).map((member) => member.objectId).sort();
    expect(members).toEqual([devUserObjectId(employee), devUserObjectId(manager)].sort());
    const roles = await employeeClient.request('PUT', `${base}/settings`, { body: { roles: { employee: devUserObjectId(employee), manager: devUserObjectId(manager) } } });
    expect(roles.status).toBe(200);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('appears in the chat when the employee raises it; the manager picks an option and the same card shows the decision, who and when, with nothing left to press', async () => {
    const { id, risk, card } = await raise();
    for (const name of ['Go with 1: Delay launch one week', 'Go with 2: Launch without the integration', "Let's talk"]) expect(await card.getByRole('button', { name }).isVisible()).toBe(true);

    await card.getByRole('checkbox', { name: `Add the chosen option to ${employee}'s commitments` }).check();
    await card.getByRole('button', { name: 'Go with 2: Launch without the integration' }).click();
    await expect.poll(() => card.innerText(), { timeout: 5000 }).toContain(`Decided: Launch without the integration, by ${manager} on ${today()}`);
    await page.screenshot({ path: path.join(os.tmpdir(), 'upward-playground-heads-up-decided.png') });
    // Updated in place: still one card for this heads-up, and no button left on it to decide again.
    expect(await cardOf(page, risk).count()).toBe(1);
    expect(await card.getByRole('button', { name: /Go with|Let's talk/ }).count()).toBe(0);

    const headsUp = await stored(id);
    expect(headsUp.decision).toMatchObject({ choice: 'option', option: 1, createCommitment: true, by: { objectId: devUserObjectId(manager), name: manager } });
    expect(headsUp.decision?.at.slice(0, 10)).toBe(today());
    const commitments = await commitmentsFrom(risk);
    expect(commitments).toHaveLength(1);
    expect(commitments[0]).toMatchObject({ id: headsUp.decision?.commitmentId, title: 'Launch without the integration', toWhom: manager, sharedInOneOnOne: true });
  });

  it('decided in the tab instead, the card already posted in the chat updates in place to show it', async () => {
    const { id, card } = await raise();
    const decided = await (await clientFor(api, manager)).request('POST', `${base}/heads-ups/${id}/decision`, { body: { choice: 'talk' } });
    expect(decided.status).toBe(200);
    await expect.poll(() => card.innerText(), { timeout: 5000 }).toContain(`Decided: Talk it through, by ${manager} on ${today()}`);
    expect(await card.getByRole('button', { name: /Go with|Let's talk/ }).count()).toBe(0);
  });

  it('a stale card (decided in the tab while its update could not reach the chat) records no second decision when pressed, and shows the first', async () => {
    const { id, risk, card } = await raise();
    const chat = { scope: 'chat', chatId: PLAYGROUND_CHAT_ID } as const;
    const ref = await api.services.conversations.get(chat);
    if (ref === undefined) throw new Error('The playground chat has no conversation reference.');
    // Without the reference the tab's decision cannot update the posted card, as when the connector is down.
    await api.services.conversations.remove(chat);
    try {
      const decided = await (await clientFor(api, manager)).request('POST', `${base}/heads-ups/${id}/decision`, { body: { choice: 'option', option: 0 } });
      expect(decided.status).toBe(200);
    } finally {
      await api.services.conversations.save(chat, ref);
    }
    const first = await stored(id);
    expect(first.decision).toMatchObject({ choice: 'option', option: 0, createCommitment: false });

    // The card in the chat still offers the options: press another one, asking for a commitment too.
    expect(await card.getByRole('button', { name: 'Go with 2: Launch without the integration' }).isVisible()).toBe(true);
    expect(await card.innerText()).not.toContain('Decided:');
    await card.getByRole('checkbox', { name: `Add the chosen option to ${employee}'s commitments` }).check();
    await card.getByRole('button', { name: 'Go with 2: Launch without the integration' }).click();
    await expect.poll(() => card.innerText(), { timeout: 5000 }).toContain(`Decided: Delay launch one week, by ${manager} on ${today()}`);
    expect(await card.getByRole('button', { name: /Go with|Let's talk/ }).count()).toBe(0);

    expect((await stored(id)).decision).toEqual(first.decision);
    expect(await commitmentsFrom(risk)).toEqual([]);
  });
});
