import type { MyChats } from '@domain/chat';

/** One chat the update can go to, named for the picker. */
export interface ChatChoice {
  readonly chatId: string;
  readonly label: string;
}

const withoutRepeats = (choices: readonly ChatChoice[]) => choices.filter((choice, index) => choices.findIndex((other) => other.chatId === choice.chatId) === index);

/**
 * The chats the picker offers: the list from `/me/chats` when the API gave one, else (an API
 * that failed to list them, or an older one without the route) the chat the route named (the
 * 1:1 tab's "Write an update") and the 1:1 this browser opened last.
 * A chat named in the route is always offered, so the button never opens on an empty picker.
 */
export function chatChoices(listed: MyChats | undefined, routeChatId: string | undefined, lastChatId: string | undefined): ChatChoice[] {
  const fromRoute: ChatChoice[] = routeChatId === undefined ? [] : [{ chatId: routeChatId, label: 'The 1:1 you came from' }];
  if (listed !== undefined) {
    // Names come from the roster, which learns them as members open the tab: until then the chat is named by where it was met.
    const nameless = (chatId: string) => (chatId === routeChatId ? 'The 1:1 you came from' : 'A 1:1 chat (names not known yet)');
    const named = listed.chats.map((chat) => ({ chatId: chat.chatId, label: chat.others.length === 0 ? nameless(chat.chatId) : `Our 1:1 (with ${chat.others.join(', ')})` }));
    return withoutRepeats([...named, ...fromRoute]);
  }
  const remembered: ChatChoice[] = lastChatId === undefined ? [] : [{ chatId: lastChatId, label: 'The 1:1 you opened last' }];
  return withoutRepeats([...fromRoute, ...remembered]);
}
