import type { ChatTabSettings } from '../../host/host';

/** The name Teams suggests for the chat tab; people can rename it when they add it. */
export const CHAT_TAB_NAME = 'Upward 1:1';

/**
 * What Teams saves for the shared 1:1 tab. The content URL names no chat: inside Teams the
 * tab learns its chat from Teams' context, so one URL serves every chat.
 */
export function chatTabSettings(origin: string): ChatTabSettings {
  const contentUrl = `${origin}/index.html#/chat`;
  return { entityId: 'oneOnOne', contentUrl, websiteUrl: contentUrl, suggestedDisplayName: CHAT_TAB_NAME };
}
