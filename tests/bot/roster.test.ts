import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { startTestApi } from '../support/apiHarness';
import {
  BOT,
  installationUpdate,
  membersAdded,
  membersRemoved,
  oneOnOneChat,
  postActivity,
  type TeamsChat,
  type TeamsUser,
} from '../../api/src/hosts/teams/teamsActivities';
import { teamsUser } from './teamsActivities';

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

function access(chat: TeamsChat, user: TeamsUser) {
  return api.services.rosters.access(chat.id, user.tenantId, user.objectId);
}

describe('the chat roster kept from what Teams sends', () => {
  it('installing the app in a 1:1 chat makes the installer a member; the other person joins when Teams names them', async () => {
    const employee = person('employee');
    const manager = person('manager');
    const chat = oneOnOneChat(employee, manager);
    expect(await access(chat, employee)).toBe('unknown-chat');

    await send(installationUpdate(chat, employee, 'add'));
    expect(await access(chat, employee)).toBe('member');
    // Locally there are no bot credentials to read the full roster, so only named members are known.
    expect(await access(chat, manager)).toBe('not-member');

    await send(membersAdded(chat, employee, [BOT, manager]));
    expect(await access(chat, manager)).toBe('member');
    expect((await api.services.rosters.members(chat.id)).map((m) => m.objectId).sort()).toEqual([employee.objectId, manager.objectId].sort());
  });

  it('the bot being added to a group chat (conversationUpdate) is an installation too', async () => {
    const a = person('a');
    const chat: TeamsChat = { id: `19:${randomUUID().replace(/-/g, '')}@thread.v2`, tenantId: a.tenantId, conversationType: 'groupChat' };
    await send(membersAdded(chat, a, [BOT]));
    expect(await access(chat, a)).toBe('member');
  });

  it('people added later become members; people removed lose access at once', async () => {
    const employee = person('employee');
    const manager = person('manager');
    const skip = person('skip-level');
    const chat = oneOnOneChat(employee, manager);
    await send(installationUpdate(chat, employee, 'add'));
    await send(membersAdded(chat, employee, [manager, skip]));
    expect(await access(chat, skip)).toBe('member');

    await send(membersRemoved(chat, employee, [skip]));
    expect(await access(chat, skip)).toBe('not-member');
    expect(await access(chat, manager)).toBe('member');
  });

  it('uninstalling (installationUpdate remove) closes the chat to everyone', async () => {
    const employee = person('employee');
    const manager = person('manager');
    const chat = oneOnOneChat(employee, manager);
    await send(installationUpdate(chat, employee, 'add'));
    await send(installationUpdate(chat, manager, 'remove'));
    expect(await access(chat, employee)).toBe('unknown-chat');
  });

  it('the bot being removed from the chat (conversationUpdate) is an uninstallation', async () => {
    const employee = person('employee');
    const chat = oneOnOneChat(employee, person('manager'));
    await send(installationUpdate(chat, employee, 'add'));
    await send(membersRemoved(chat, employee, [BOT]));
    expect(await access(chat, employee)).toBe('unknown-chat');
  });

  it('reinstalling after an uninstall opens the chat again', async () => {
    const employee = person('employee');
    const chat = oneOnOneChat(employee, person('manager'));
    await send(installationUpdate(chat, employee, 'add'));
    await send(installationUpdate(chat, employee, 'remove'));
    await send(installationUpdate(chat, employee, 'add'));
    expect(await access(chat, employee)).toBe('member');
  });

  it('the roster belongs to the tenant the chat was installed from', async () => {
    const employee = person('employee');
    const chat = oneOnOneChat(employee, person('manager'));
    await send(installationUpdate(chat, employee, 'add'));
    expect(await api.services.rosters.access(chat.id, '11111111-1111-4111-8111-111111111111', employee.objectId)).toBe('unknown-chat');
  });

  it('channels and the personal chat with the bot keep no roster', async () => {
    const employee = person('employee');
    const channel: TeamsChat = { id: `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`, tenantId: employee.tenantId, conversationType: 'channel' };
    const botChat: TeamsChat = { id: `a:1${randomUUID().replace(/-/g, '')}`, tenantId: employee.tenantId, conversationType: 'personal' };
    for (const chat of [channel, botChat]) {
      await send(installationUpdate(chat, employee, 'add'));
      expect(await access(chat, employee)).toBe('unknown-chat');
    }
  });
});
