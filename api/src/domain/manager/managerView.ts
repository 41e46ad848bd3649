import { z } from 'zod';
import { insightSchema, managerSchema, prioritySchema } from './managerProfile';

/** Kinds of my own items that can support a priority. */
export const SUPPORTING_KINDS = ['goal', 'commitment', 'win'] as const;

/** One of my goals, commitments or wins tagged as supporting a priority. */
export const supportingItemSchema = z.object({
  kind: z.enum(SUPPORTING_KINDS),
  id: z.string(),
  title: z.string(),
  priorityId: z.string(),
  /** The goal's or commitment's status; a win has none. */
  status: z.string().optional(),
});
export type SupportingItem = z.infer<typeof supportingItemSchema>;

/** The "My manager" page in one partition query: every profile (newest first), their entries, and what of mine supports each priority. */
export const managerViewSchema = z.object({
  profiles: z.array(managerSchema),
  insights: z.array(insightSchema),
  priorities: z.array(prioritySchema),
  supporting: z.array(supportingItemSchema),
});
export type ManagerView = z.infer<typeof managerViewSchema>;
