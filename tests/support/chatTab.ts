import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { appAddedToChat, oneOnOneChat, postActivity, type TeamsChat } from '../../api/src/hosts/teams/teamsActivities';
import { teamsUser } from '../bot/teamsActivities';
import { poll } from './e2e';
import type { TabStack } from './tabStack';

// The chat tab as the Chromium tests drive it: one set of helpers for every 1:1 test file.

/** How long to wait for the other person's page to poll in a change. */
export const OTHER_PERSON_TIMEOUT = 20_000;

type TabOptions = { theme?: 'light' | 'dark' | 'contrast'; width?: number };

/** Two dev users of this test only, so tests never see each other's chats. */
export function pair(): { employee: string; manager: string } {
  const suffix = randomUUID().slice(0, 8);
  return { employee: `Avery ${suffix}`, manager: `Morgan ${suffix}` };
}

/** Adds Upward to a new chat of `installer` and `others`, as Teams does: the bot gets the installation and membership activities. */
export async function createChat(stack: TabStack, installer: string, ...others: string[]): Promise<TeamsChat> {
  const [first = installer] = others;
  const chat = oneOnOneChat(teamsUser(installer), teamsUser(first));
  for (const activity of appAddedToChat(chat, teamsUser(installer), others.map(teamsUser))) {
    expect((await postActivity(stack.api.baseUrl, activity)).status).toBe(200);
  }
  return chat;
}

/** {@link createChat} for a 1:1 the employee installed in; its chat id. */
export async function addUpwardToChat(stack: TabStack, employee: string, manager: string): Promise<string> {
  return (await createChat(stack, employee, manager)).id;
}

/** The chat tab of `chatId`, signed in as `user`. */
export function openChat(stack: TabStack, user: string, chatId: string, options: TabOptions = {}) {
  return stack.open(user, { ...options, hash: `/chat?${new URLSearchParams({ chatId }).toString()}` });
}

/** Waits until the space has loaded (the add button appears once the agenda is in). */
export async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('button', { name: 'Add talking point' }).isVisible()).toBe(true);
}

/** Opens the chat tab of `chatId` as `user` and waits until its space has loaded. */
export async function openChatTab(stack: TabStack, user: string, chatId: string, options: TabOptions = {}) {
  const opened = await openChat(stack, user, chatId, options);
  await loaded(opened.page);
  return opened;
}

/** Opens the personal tab as `user` and waits until the overview has loaded. */
export async function openPersonalTab(stack: TabStack, user: string, options: TabOptions = {}) {
  const opened = await stack.open(user, options);
  await poll(() => opened.page.getByRole('button', { name: 'Add goal' }).isVisible()).toBe(true);
  return opened;
}

/** The page's h1. */
export function pageHeading(page: Page): Promise<string> {
  return page.getByRole('heading', { level: 1 }).innerText();
}

/** Titles on the agenda, in order. */
export function agendaTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Talking points, in order' }).getByRole('heading', { level: 3 }).allInnerTexts();
}

/** One talking point on the agenda, by its title. */
export const agendaItem = (page: Page, title: string) => page.getByRole('list', { name: 'Talking points, in order' }).getByRole('article', { name: title, exact: true });

/** The region of a page named by its heading. */
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
