import type { MyChats } from '../domain/chat';
import type { Caller } from '../domain/identity';
import { chatOpenedWith, type OpenChat } from './chatAccess';
import { useCase } from './errors';
import type { Services } from './services';

/**
 * The chats the caller is a member of now, each opened as {@link OpenChat}. The index of
 * memberships is only a hint: each chat's own roster is read, so a chat they left, or one
 * the app was removed from, is not among them.
 */
export async function openMyChats(services: Services, caller: Caller): Promise<{ chat: OpenChat; others: string[] }[]> {
  const me = caller.objectId.toLowerCase();
  const chatIds = await services.rosters.chatsOf(caller.objectId);
  const rosters = await Promise.all(chatIds.map(async (chatId) => ({ chatId, roster: await services.rosters.roster(chatId, caller.tenantId, caller.objectId) })));
  return rosters
    .filter(({ roster }) => roster.access === 'member')
    .map(({ chatId, roster }) => ({
      chat: chatOpenedWith(chatId, roster.access),
      others: roster.members.filter((member) => member.objectId.toLowerCase() !== me && member.name !== '').map((member) => member.name),
    }));
}

/** `GET /me/chats`: the 1:1 chats with Upward I am in, and who else is in each. */
export const listMyChats = useCase(async (services: Services, caller: Caller): Promise<MyChats> => ({
  chats: (await openMyChats(services, caller)).map(({ chat, others }) => ({ chatId: chat.chatId, others })),
}));
