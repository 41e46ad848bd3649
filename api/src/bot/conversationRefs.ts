import type { ConversationChange } from '../app/conversations';
import { chatIdSchema } from '../domain/chat';
import type { ConversationOwner, ConversationRef } from '../domain/conversationRef';
import { conversationIdOf, nonEmpty, tenantOf, timeZoneOf, type TeamsActivity } from './activity';
import { isPeopleChat } from './roster';

const GUID_LIKE = /^[0-9A-Za-z-]{1,64}$/;

/** Whose conversation the activity comes from; undefined for channels and anything unreadable. */
function ownerOf(activity: TeamsActivity, conversationId: string, tenantId: string): ConversationOwner | undefined {
  if (isPeopleChat(activity, conversationId)) {
    return chatIdSchema.safeParse(conversationId).success ? { scope: 'chat', chatId: conversationId } : undefined;
  }
  if (activity.conversation?.conversationType !== 'personal') return undefined;
  const objectId = nonEmpty(activity.from?.aadObjectId)?.toLowerCase();
  if (objectId === undefined || !GUID_LIKE.test(objectId) || !GUID_LIKE.test(tenantId)) return undefined;
  return { scope: 'personal', tenantId, objectId };
}

function isInstall(activity: TeamsActivity, botId: string): boolean {
  if (activity.type === 'installationUpdate') return (activity.action ?? '').startsWith('add');
  return activity.type === 'conversationUpdate' && (activity.membersAdded ?? []).some((account) => account.id === botId);
}

function isUninstall(activity: TeamsActivity, botId: string): boolean {
  if (activity.type === 'installationUpdate') return (activity.action ?? '').startsWith('remove');
  return activity.type === 'conversationUpdate' && (activity.membersRemoved ?? []).some((account) => account.id === botId);
}

/**
 * What an activity means for the stored conversation reference:
 * - the app installed (installationUpdate `add`, or the bot added by a conversationUpdate): save;
 * - the app removed: remove;
 * - anything else from the user's personal chat with the bot: save (only an installed bot
 *   hears from that chat), from a people chat: refresh if stored (a message action works in
 *   chats the bot is not in, so it proves nothing).
 * Channels are not kept: nothing is posted there.
 */
export function conversationChange(activity: TeamsActivity, now: Date): ConversationChange | undefined {
  const conversationId = conversationIdOf(activity);
  const tenantId = tenantOf(activity)?.toLowerCase();
  const serviceUrl = nonEmpty(activity.serviceUrl);
  const botId = nonEmpty(activity.recipient?.id);
  if (conversationId === undefined || tenantId === undefined || serviceUrl === undefined || botId === undefined) return undefined;
  const owner = ownerOf(activity, conversationId, tenantId);
  if (owner === undefined) return undefined;
  if (isUninstall(activity, botId)) return { type: 'remove', owner };
  const userId = owner.scope === 'personal' ? nonEmpty(activity.from?.id) : undefined;
  const timeZone = timeZoneOf(activity);
  const ref: ConversationRef = {
    conversationId,
    serviceUrl,
    tenantId,
    channelId: nonEmpty(activity.channelId) ?? 'msteams',
    botId,
    botName: nonEmpty(activity.recipient?.name) ?? '',
    ...(userId === undefined ? {} : { userId }),
    ...(timeZone === undefined ? {} : { timeZone }),
    updatedAt: now.toISOString(),
  };
  if (isInstall(activity, botId) || owner.scope === 'personal') return { type: 'save', owner, ref };
  return { type: 'refresh', owner, ref };
}
