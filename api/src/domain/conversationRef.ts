import { z } from 'zod';

/**
 * Where the bot can write to someone later (a proactive message): the conversation, the Bot
 * Connector that serves it and the bot's own account there, as the last activity from that
 * conversation named them. Stored per user for the personal chat with the bot, per chat for
 * people chats the app is installed in.
 */
export const conversationRefSchema = z.object({
  conversationId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  tenantId: z.string().min(1),
  channelId: z.string().min(1),
  botId: z.string().min(1),
  botName: z.string(),
  /** The user's channel account id (`29:…`) in a personal conversation. */
  userId: z.string().optional(),
  /** The user's IANA time zone, as their client last reported it. */
  timeZone: z.string().optional(),
  updatedAt: z.string(),
});

export type ConversationRef = z.infer<typeof conversationRefSchema>;

/** Whose conversation a reference is: a user's personal chat with the bot, or a chat of people. */
export type ConversationOwner =
  | { readonly scope: 'personal'; readonly tenantId: string; readonly objectId: string }
  | { readonly scope: 'chat'; readonly chatId: string };
