import { z } from 'zod';
import { idSchema, longTextSchema, storedFieldsSchema } from './common';
import { chatMemberSchema } from './chat';

/** Longest "How I can help" answer, in characters. */
export const GOAL_HELP_MAX = 2000;

const objectIdSchema = z
  .string()
  .regex(/^[0-9A-Za-z-]{1,64}$/, 'Not a user id.')
  .toLowerCase();

/** The manager's answer to "How I can help" on a goal the employee shared. */
export const goalHelpInputSchema = z
  .object({
    /** Whose goal it is: another member of the chat. */
    ownerObjectId: objectIdSchema,
    text: longTextSchema.trim().min(1, 'Required.').max(GOAL_HELP_MAX, `At most ${GOAL_HELP_MAX} characters.`),
  })
  .strict();
export type GoalHelpInput = z.infer<typeof goalHelpInputSchema>;

const helpFields = {
  goalId: idSchema,
  /** The chat it was written in. */
  chatId: z.string(),
  text: z.string(),
  author: chatMemberSchema,
};

/** The answer as stored: one row per goal, in the goal owner's partition, keyed by the goal's id. */
export const goalHelpDataSchema = z.object(helpFields);
export type GoalHelpData = z.infer<typeof goalHelpDataSchema>;

/** The answer as the API returns it. */
export const goalHelpSchema = z.object({ ...storedFieldsSchema.shape, ...helpFields });
export type GoalHelp = z.infer<typeof goalHelpSchema>;
