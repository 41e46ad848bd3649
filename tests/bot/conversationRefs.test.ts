import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { BOT, installationUpdate, membersAdded, membersRemoved, oneOnOneChat, personalChat, postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { startTestApi } from '../support/apiHarness';
import { chatMessage, messageActionInvoke, teamsUser } from './teamsActivities';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const person = (name: string) => teamsUser(`${name}-${randomUUID().slice(0, 8)}`);

async function send(activity: unknown): Promise<void> {
  const response = await postActivity(api.baseUrl, activity);
  expect(response.status).toBe(200);
}

/**
 * What Teams sends when a user adds the app for themselves (personal scope), as Microsoft
 * documents it ("Install update event"), with this run's ids.
 */
function personalInstall(user: ReturnType<typeof person>, action: 'add' | 'remove', conversationId: string) {
  return {
    action,
    type: 'installationUpdate',
    timestamp: '2026-12-02T09:12:51.8521312Z',
    id: `f:${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: `29:1${user.objectId.replace(/-/g, '')}`, aadObjectId: user.objectId },
    conversation: { conversationType: 'personal', tenantId: user.tenantId, id: conversationId },
    recipient: { id: BOT.id, name: BOT.name },
    entities: [{ locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/Berlin', type: 'clientInfo' }],
    channelData: { source: { name: 'message' }, tenant: { id: user.tenantId } },
    locale: 'en-GB',
    localTimezone: 'Europe/Berlin',
  };
}

describe('conversation references kept from what Teams sends', () => {
  it('installing the app for oneself stores where to write to that user; uninstalling forgets it', async () => {
    const user = person('avery');
    const owner = { scope: 'personal', tenantId: user.tenantId, objectId: user.objectId } as const;
    const conversationId = personalChat(user).id;
    expect(await api.services.conversations.get(owner)).toBeUndefined();

    await send(personalInstall(user, 'add', conversationId));
    const ref = await api.services.conversations.get(owner);
    expect(ref).toMatchObject({ conversationId, tenantId: user.tenantId, botId: BOT.id, userId: `29:1${user.objectId.replace(/-/g, '')}`, timeZone: 'Europe/Berlin' });

    // Locally every reference points at the Bot Connector stand-in, not at Teams.
    expect(ref?.serviceUrl).toBe(api.connector.serviceUrl);

    await send(personalInstall(user, 'remove', conversationId));
    expect(await api.services.conversations.get(owner)).toBeUndefined();
  });

  it('any later activity from the personal chat refreshes the reference (a new time zone, say)', async () => {
    const user = person('avery');
    const owner = { scope: 'personal', tenantId: user.tenantId, objectId: user.objectId } as const;
    const conversationId = personalChat(user).id;
    await send(personalInstall(user, 'add', conversationId));
    const first = await api.services.conversations.get(owner);

    const invoke = messageActionInvoke('composeExtension/fetchTask', user, chatMessage(user, 'I will send the deck by Friday'), { conversationId, localTimezone: 'America/New_York' });
    await send({ ...invoke, conversation: { ...invoke.conversation, conversationType: 'personal', isGroup: false } });
    const refreshed = await api.services.conversations.get(owner);
    expect(refreshed?.timeZone).toBe('America/New_York');
    expect(refreshed?.updatedAt).not.toBe(first?.updatedAt);
  });

  it('a chat the app is installed in is kept by chat id; removing the bot from it forgets it', async () => {
    const employee = person('employee');
    const manager = person('manager');
    const chat = oneOnOneChat(employee, manager);
    const owner = { scope: 'chat', chatId: chat.id } as const;
    await send(installationUpdate(chat, employee, 'add'));
    expect(await api.services.conversations.get(owner)).toMatchObject({ conversationId: chat.id, botId: BOT.id });
    expect((await api.services.conversations.get(owner))?.userId).toBeUndefined();

    await send(membersRemoved(chat, employee, [BOT]));
    expect(await api.services.conversations.get(owner)).toBeUndefined();
    await send(membersAdded(chat, employee, [BOT]));
    expect(await api.services.conversations.get(owner)).toMatchObject({ conversationId: chat.id });
  });

  it('a message action in a chat without the app stores nothing for that chat', async () => {
    const user = person('avery');
    const chatId = `19:${randomUUID().replace(/-/g, '')}@thread.v2`;
    await send(messageActionInvoke('composeExtension/fetchTask', user, chatMessage(user, 'Thanks for the review!'), { conversationId: chatId }));
    expect(await api.services.conversations.get({ scope: 'chat', chatId })).toBeUndefined();
  });

  it('channels keep no reference', async () => {
    const user = person('avery');
    const channel = { id: `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`, tenantId: user.tenantId, conversationType: 'channel' } as const;
    await send(installationUpdate(channel, user, 'add'));
    expect(await api.services.conversations.get({ scope: 'chat', chatId: channel.id })).toBeUndefined();
  });
});
