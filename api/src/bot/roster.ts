import { chatIdSchema, type ChatMember } from '../domain/chat';
import type { RosterChange } from '../app/roster';
import { conversationIdOf, nonEmpty, tenantOf, type TeamsAccount, type TeamsActivity } from './activity';

/**
 * Whether a conversation is a chat the shared 1:1 space can live in. Teams installs apps in
 * chats between people (a 1:1 between two users as much as a group chat) through the
 * `groupChat` scope, so their activities say `conversationType: 'groupChat'` and carry a
 * `19:…` thread id (`…@unq.gbl.spaces` for a 1:1, `…@thread.v2` for a group). The user's own
 * chat with the bot is `personal` with an `a:…` id and has no second person; channels belong
 * to teams. A `personal` conversation with a `19:` thread id is accepted too, in case a client
 * reports a person-to-person 1:1 that way.
 */
export function isPeopleChat(activity: TeamsActivity, chatId: string): boolean {
  const type = activity.conversation?.conversationType;
  if (type === 'groupChat') return true;
  return type === 'personal' && chatId.startsWith('19:');
}

function member(account: TeamsAccount): ChatMember | undefined {
  const objectId = nonEmpty(account.aadObjectId);
  // Bots (28:…) and accounts without an Entra object id cannot open the tab.
  if (objectId === undefined) return undefined;
  return { objectId, name: nonEmpty(account.name) ?? '' };
}

function members(accounts: readonly TeamsAccount[]): ChatMember[] {
  return accounts.map(member).filter((m): m is ChatMember => m !== undefined);
}

/**
 * The roster changes an activity implies, or none when it is not about a people chat:
 * - installationUpdate `add` / `add-upgrade`, or conversationUpdate adding the bot itself: install,
 *   with the person who installed it and any other members the activity names;
 * - installationUpdate `remove` / `remove-upgrade`, or conversationUpdate removing the bot: uninstall;
 * - conversationUpdate adding or removing people: add or remove those members.
 */
export function rosterChanges(activity: TeamsActivity): RosterChange[] {
  const chatId = conversationIdOf(activity);
  const tenantId = tenantOf(activity)?.toLowerCase();
  if (chatId === undefined || tenantId === undefined || !chatIdSchema.safeParse(chatId).success) return [];
  if (!isPeopleChat(activity, chatId)) return [];
  const botId = nonEmpty(activity.recipient?.id);
  const isBot = (account: TeamsAccount) => botId !== undefined && account.id === botId;
  const installer = activity.from === null || activity.from === undefined ? [] : members([activity.from]);

  if (activity.type === 'installationUpdate') {
    const action = activity.action ?? '';
    if (action.startsWith('add')) return [{ type: 'install', chatId, tenantId, members: installer }];
    if (action.startsWith('remove')) return [{ type: 'uninstall', chatId }];
    return [];
  }
  if (activity.type !== 'conversationUpdate') return [];

  const added = activity.membersAdded ?? [];
  const removed = activity.membersRemoved ?? [];
  if (removed.some(isBot)) return [{ type: 'uninstall', chatId }];
  const changes: RosterChange[] = [];
  if (added.some(isBot)) {
    changes.push({ type: 'install', chatId, tenantId, members: [...installer, ...members(added.filter((a) => !isBot(a)))] });
  } else if (added.length > 0) {
    changes.push({ type: 'add', chatId, members: members(added) });
  }
  const leaving = members(removed).map((m) => m.objectId);
  if (leaving.length > 0) changes.push({ type: 'remove', chatId, objectIds: leaving });
  return changes;
}
