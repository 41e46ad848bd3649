import { z } from 'zod';

/** Where an item logged from a chat message came from, so it links back to it. */
export const messageSourceSchema = z.object({
  messageId: z.string().max(200),
  linkToMessage: z.string().max(2000).optional(),
  authorName: z.string().max(200).optional(),
  sentAt: z.string().max(40).optional(),
  text: z.string().max(32_000).optional(),
});

export type MessageSource = z.infer<typeof messageSourceSchema>;
