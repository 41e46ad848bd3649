import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { appAddedToChat, oneOnOneChat, postActivity } from '../../api/src/local/teamsActivities';
import { teamsUser } from '../bot/teamsActivities';
import { poll } from './e2e';
import type { TabStack } from './tabStack';

/** Two dev users of one test only, so tests never see each other's chats. */
export function chatPair(): { employee: string; manager: string } {
  const suffix = randomUUID().slice(0, 8);
  return { employee: `Avery ${suffix}`, manager: `Morgan ${suffix}` };
}

/** Adds Upward to a new 1:1 chat of the two, as Teams does: the bot gets the installation and membership activities. */
export async function addUpwardToChat(stack: TabStack, employee: string, manager: string): Promise<string> {
  const chat = oneOnOneChat(teamsUser(employee), teamsUser(manager));
  for (const activity of appAddedToChat(chat, teamsUser(employee), [teamsUser(manager)])) {
    expect((await postActivity(stack.api.baseUrl, activity)).status).toBe(200);
  }
  return chat.id;
}

/** Opens the chat tab of `chatId` as `user` and waits until its space has loaded. */
export async function openChatTab(stack: TabStack, user: string, chatId: string, options: { theme?: 'light' | 'dark' | 'contrast'; width?: number } = {}) {
  const opened = await stack.open(user, { ...options, hash: `/chat?${new URLSearchParams({ chatId }).toString()}` });
  await poll(() => opened.page.getByRole('button', { name: 'Add talking point' }).isVisible()).toBe(true);
  return opened;
}

/** Opens the personal tab as `user` and waits until the overview has loaded. */
export async function openPersonalTab(stack: TabStack, user: string, options: { theme?: 'light' | 'dark' | 'contrast'; width?: number } = {}) {
  const opened = await stack.open(user, options);
  await poll(() => opened.page.getByRole('button', { name: 'Add goal' }).isVisible()).toBe(true);
  return opened;
}

/** The region of a page named by its heading. */
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
