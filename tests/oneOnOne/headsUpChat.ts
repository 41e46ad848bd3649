import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { appAddedToChat, oneOnOneChat, postActivity, type TeamsChat, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { clientFor, type Client } from '../support/apiHarness';

// The 1:1 chat the heads-up tests raise in, with or without the bot in it.

/** A signed-in dev user as Teams names them. */
export interface Member extends TeamsUser {
  readonly client: Client;
}

/** An employee and their manager in a 1:1 with Upward, roles set, plus someone not in it. */
export interface HeadsUpChat {
  readonly chat: TeamsChat;
  /** `/chats/{chatId}` with the id URL-encoded, as the tab sends it. */
  readonly base: string;
  readonly employee: Member;
  readonly manager: Member;
  readonly outsider: Member;
}

async function member(api: LocalApi, name: string): Promise<Member> {
  return { name, objectId: devUserObjectId(name), tenantId: LOCAL_TENANT_ID, client: await clientFor(api, name) };
}

/** Adds the app to the chat the way Teams does it, so the bot holds the chat's conversation reference. */
export async function addBot(api: LocalApi, chat: HeadsUpChat): Promise<void> {
  for (const activity of appAddedToChat(chat.chat, chat.employee, [chat.manager])) expect((await postActivity(api.baseUrl, activity)).status).toBe(200);
}

/**
 * A 1:1 chat with its roles set. With `bot: false` only the roster is there (as when the
 * tab is used before the bot was added, or after it was removed): no conversation reference.
 */
export async function headsUpChat(api: LocalApi, options: { readonly bot: boolean } = { bot: true }): Promise<HeadsUpChat> {
  const suffix = randomUUID().slice(0, 8);
  const employee = await member(api, `emp-${suffix}`);
  const manager = await member(api, `mgr-${suffix}`);
  const outsider = await member(api, `out-${suffix}`);
  const chat = oneOnOneChat(employee, manager);
  const fixture = { chat, base: `/chats/${encodeURIComponent(chat.id)}`, employee, manager, outsider };
  if (options.bot) await addBot(api, fixture);
  else await api.services.rosters.install(chat.id, LOCAL_TENANT_ID, [employee, manager].map(({ objectId, name }) => ({ objectId, name })));
  const roles = await employee.client.request('PUT', `${fixture.base}/settings`, { body: { roles: { employee: employee.objectId, manager: manager.objectId } } });
  expect(roles.status).toBe(200);
  return fixture;
}

/** Every card the stand-in received in the chat that names `text` (a heads-up's risk). */
export function postsNaming(api: LocalApi, chat: HeadsUpChat, text: string) {
  return api.connector.received.filter((call) => call.method === 'POST' && call.conversationId === chat.chat.id && JSON.stringify(call.activity).includes(text));
}
