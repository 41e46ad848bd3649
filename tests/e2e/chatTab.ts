import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { appAddedToChat, oneOnOneChat, postActivity, type TeamsChat } from '../../api/src/hosts/teams/teamsActivities';
import { teamsUser } from '../bot/teamsActivities';
import { poll } from '../support/e2e';
import type { TabStack } from '../support/tabStack';

/** How long to wait for the other person's page to poll in a change. */
export const OTHER_PERSON_TIMEOUT = 20_000;

/** Two dev users of this test only, so tests never see each other's chats. */
export function pair() {
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

/** The chat tab of `chatId`, signed in as `user`. */
export function openChat(stack: TabStack, user: string, chatId: string, options: { theme?: 'light' | 'dark' | 'contrast'; width?: number } = {}) {
  return stack.open(user, { ...options, hash: `/chat?${new URLSearchParams({ chatId }).toString()}` });
}

/** Waits until the space has loaded (the add button appears once the agenda is in). */
export async function loaded(page: Page): Promise<void> {
  await poll(() => page.getByRole('button', { name: 'Add talking point' }).isVisible()).toBe(true);
}

/** The page's h1. */
export function pageHeading(page: Page): Promise<string> {
  return page.getByRole('heading', { level: 1 }).innerText();
}

/** Titles on the agenda, in order. */
export function agendaTitles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Talking points, in order' }).getByRole('heading', { level: 3 }).allInnerTexts();
}
