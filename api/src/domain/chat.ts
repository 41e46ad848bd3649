import { z } from 'zod';

/**
 * A Teams chat id as a claim to be checked, never trusted: e.g. `19:abc@thread.v2`.
 * Characters Table Storage keys forbid (`/ \ # ?`, control characters) are refused.
 */
export const chatIdSchema = z
  .string()
  .min(3)
  .max(256)
  .regex(/^[A-Za-z0-9:@._=-]+$/, 'Not a chat id.');

/** A member of a chat, as the bot learned it from Teams. */
export const chatMemberSchema = z.object({
  objectId: z.string(),
  name: z.string(),
});

export type ChatMember = z.infer<typeof chatMemberSchema>;

/** Someone who did something in the shared space, as named when they did it. */
export const personSchema = z.object({ objectId: z.string(), name: z.string() });
export type Person = z.infer<typeof personSchema>;

/** What the roster says about a caller and a chat. */
export type ChatAccess = 'member' | 'not-member' | 'unknown-chat';

/** A 1:1 chat I am on the roster of, and who else is in it (their names as Teams gave them). */
export const myChatSchema = z.object({ chatId: z.string(), others: z.array(z.string()) });
export type MyChat = z.infer<typeof myChatSchema>;

/** `GET /me/chats`: the chats with Upward that I am a member of. */
export const myChatsSchema = z.object({ chats: z.array(myChatSchema) });
export type MyChats = z.infer<typeof myChatsSchema>;
