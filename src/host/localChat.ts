import { appAddedToChat, oneOnOneChat, postActivity, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { env } from '../shared/env';
import { readTokenClaims } from './tokenClaims';

/** A dev user as Teams would name them: their object id and tenant, from a token the local issuer makes for them. */
async function devTeamsUser(name: string): Promise<TeamsUser> {
  const response = await fetch(`${env.apiBaseUrl}/dev/token?user=${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`“${name}” is not a dev user name the local host accepts.`);
  const { token } = (await response.json()) as { token: string };
  const { oid, tid } = readTokenClaims(token);
  if (oid === undefined || tid === undefined) throw new Error('The local token names no user.');
  return { name, objectId: oid, tenantId: tid };
}

/**
 * Outside Teams: makes a 1:1 chat between two dev users with Upward in it, by sending the bot
 * the activities Teams sends when `me` adds the app to a chat with `other` (the local API
 * accepts them without a Bot Framework token). The same pair always gets the same chat.
 * Resolves to the chat id.
 */
export async function startLocalChat(me: string, other: string): Promise<string> {
  const [installer, member] = await Promise.all([devTeamsUser(me), devTeamsUser(other)]);
  const chat = oneOnOneChat(installer, member, 'local');
  for (const activity of appAddedToChat(chat, installer, [member])) {
    const { status } = await postActivity(env.apiBaseUrl, activity);
    if (status !== 200) throw new Error(`The local bot refused the chat (status ${status}).`);
  }
  return chat.id;
}

/** The hash that opens the chat tab of `chatId` outside Teams. */
export function chatTabHash(chatId: string): string {
  return `#/chat?${new URLSearchParams({ chatId }).toString()}`;
}
