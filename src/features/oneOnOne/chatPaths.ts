/** The API path of a chat's shared space, or of something in it (`rest` starts with `/`). */
export function chatPath(chatId: string, rest = ''): string {
  return `/chats/${encodeURIComponent(chatId)}${rest}`;
}
