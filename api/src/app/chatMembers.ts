import type { ChatMember } from '../domain/chat';
import type { Caller } from '../domain/identity';
import { MAX_SHARING_MEMBERS } from '../domain/oneOnOne';
import type { Services } from './services';

/**
 * The members of a 1:1-sized chat, the caller named from their token where the roster has
 * no name; undefined for a chat too large to share personal items in.
 */
export async function sharingMembers(services: Services, chatId: string, caller: Caller): Promise<ChatMember[] | undefined> {
  const members = await services.rosters.members(chatId);
  if (members.length > MAX_SHARING_MEMBERS) return undefined;
  const me = caller.objectId.toLowerCase();
  return members.map((member) => (member.objectId === me && member.name === '' ? { ...member, name: caller.name.trim() } : member));
}
