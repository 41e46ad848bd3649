// The personal tab cannot list a user's chats (the API keeps no index of them), so it
// remembers the 1:1 chat this browser last opened, to offer "put it on our next 1:1".
const KEY = 'upward.lastChatId';

/** Remembers the chat whose 1:1 tab was opened. Storage may be off (private mode, policy): then nothing is offered. */
export function rememberChat(chatId: string): void {
  try {
    localStorage.setItem(KEY, chatId);
  } catch {
    // Without storage the personal tab offers copying instead.
  }
}

/** The chat whose 1:1 tab this browser opened last, if any. */
export function lastChat(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
