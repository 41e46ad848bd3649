import { randomUUID } from 'node:crypto';
import { LOCAL_TENANT_ID, devUserObjectId } from '../../api/src/hosts/local/devIssuer';
import { expect } from 'vitest';
import { BOT, postActivity, SERVICE_URL, teamsAccount, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';

/*
 * Message-action activities shaped as Microsoft documents what Teams sends a bot ("Respond to
 * the dialog submit action"), with ids and names of this test run. Installation and
 * membership activities live in api/src/hosts/teams/teamsActivities.ts, shared with the dev bar.
 */

/** The local dev user `name`, as the bot would see them in Teams. */
export function teamsUser(name: string): TeamsUser {
  return { name, objectId: devUserObjectId(name), tenantId: LOCAL_TENANT_ID };
}

/** A chat message as `value.messagePayload` carries it. */
export interface ChatMessage {
  readonly id: string;
  readonly html: string;
  readonly author: TeamsUser;
  readonly createdDateTime?: string;
  readonly attachments?: readonly Record<string, unknown>[];
  readonly mentions?: readonly Record<string, unknown>[];
}

/** A chat message with a fresh id, sent on Wednesday 4 March 2026 at 09:00 UTC unless said otherwise. */
export function chatMessage(author: TeamsUser, html: string, extra: Partial<ChatMessage> = {}): ChatMessage {
  return { id: String(1_700_000_000_000 + Math.floor(Math.random() * 1e11)), html, author, createdDateTime: '2026-03-04T09:00:00.000Z', ...extra };
}

const GROUP_CHAT_ID = '19:8a5b2a1e3c4d4e5f9a0b1c2d3e4f5a6b@thread.v2';

function messagePayload(message: ChatMessage) {
  return {
    linkToMessage: `https://teams.microsoft.com/l/message/${GROUP_CHAT_ID}/${message.id}?context=%7B%22contextType%22%3A%22chat%22%7D`,
    id: message.id,
    replyToId: null,
    createdDateTime: message.createdDateTime ?? '2026-03-04T09:00:00.000Z',
    lastModifiedDateTime: null,
    deleted: false,
    subject: null,
    summary: null,
    importance: 'normal',
    locale: 'en-us',
    body: { contentType: 'html', content: message.html },
    from: {
      device: null,
      conversation: null,
      user: { userIdentityType: 'aadUser', id: message.author.objectId, displayName: message.author.name },
      application: null,
    },
    reactions: [],
    mentions: message.mentions ?? [],
    attachments: message.attachments ?? [],
  };
}

/** `composeExtension/fetchTask` or `composeExtension/submitAction` for the "logItem" message action. */
export function messageActionInvoke(
  name: 'composeExtension/fetchTask' | 'composeExtension/submitAction',
  user: TeamsUser,
  message: ChatMessage,
  options: { data?: Record<string, unknown>; commandId?: string; localTimezone?: string; conversationId?: string } = {},
) {
  const now = new Date();
  return {
    name,
    type: 'invoke',
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString(),
    id: `f:${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: teamsAccount(user),
    conversation: { isGroup: true, conversationType: 'groupChat', tenantId: user.tenantId, id: options.conversationId ?? GROUP_CHAT_ID },
    recipient: BOT,
    entities: [{ locale: 'en-US', country: 'GB', platform: 'Web', timezone: options.localTimezone ?? 'Europe/London', type: 'clientInfo' }],
    channelData: { tenant: { id: user.tenantId }, source: { name: 'message' } },
    value: {
      commandId: options.commandId ?? 'logItem',
      commandContext: 'message',
      requestId: randomUUID().replace(/-/g, ''),
      messagePayload: messagePayload(message),
      context: { theme: 'default' },
      ...(options.data === undefined ? {} : { data: options.data }),
    },
    locale: 'en-US',
    localTimezone: options.localTimezone ?? 'Europe/London',
  };
}

type CardElement = { type?: string; id?: string; value?: unknown; text?: string; items?: CardElement[]; body?: CardElement[]; columns?: CardElement[]; choices?: { title: string; value: string }[] };

/** What a message-action reply shows: the form's card, or the message's text. */
export interface ActionReply {
  readonly card: CardElement | undefined;
  readonly message: string | undefined;
}

/** Reads a bot reply to a message action. */
export function actionReply(body: unknown): ActionReply {
  const task = (body as { task?: { type?: string; value?: unknown } } | undefined)?.task;
  if (task?.type === 'message') return { card: undefined, message: String(task.value) };
  const card = (task?.value as { card?: { content?: CardElement } } | undefined)?.card?.content;
  return { card, message: undefined };
}

/** Every element of a card, depth first. */
export function cardElements(card: CardElement | undefined): CardElement[] {
  if (card === undefined) return [];
  const children = [...(card.body ?? []), ...(card.items ?? []), ...(card.columns ?? [])];
  return [card, ...children.flatMap((child) => cardElements(child))];
}

/** The values a user submitting the card unchanged would send, as Teams sends them (Action.Submit data merged in). */
export function submittedValues(card: CardElement | undefined): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const element of cardElements(card)) {
    if (element.type?.startsWith('Input.') && element.id !== undefined) values[element.id] = element.value ?? '';
  }
  const actions = (card as { actions?: { data?: Record<string, unknown> }[] } | undefined)?.actions ?? [];
  return { ...values, ...actions[0]?.data };
}

/** The text of the error shown under field `id`, if any. */
export function fieldError(card: CardElement | undefined, id: string): string | undefined {
  return cardElements(card).find((element) => element.id === `${id}Error`)?.text;
}

/** The value of input `id` on a card, as the form prefilled it. */
export function inputValue(card: CardElement | undefined, id: string): unknown {
  return cardElements(card).find((element) => element.id === id)?.value;
}

/** Opens "Log in Upward" on `message` against the bot at `baseUrl` and returns its form's card; fails the test unless a form comes back. */
export async function fetchForm(baseUrl: string, user: TeamsUser, message: ChatMessage, options: { localTimezone?: string; conversationId?: string } = {}): Promise<CardElement | undefined> {
  const response = await postActivity(baseUrl, messageActionInvoke('composeExtension/fetchTask', user, message, options));
  expect(response.status).toBe(200);
  const reply = actionReply(response.body);
  expect(reply.card, reply.message).toBeDefined();
  return reply.card;
}

/** A dev user of one test only, so items from other tests do not show up. */
export const freshUser = (name: string): TeamsUser => teamsUser(`${name}-${randomUUID().slice(0, 8)}`);
