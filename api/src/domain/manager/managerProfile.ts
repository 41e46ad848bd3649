import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema, storedFieldsSchema, titleSchema } from '../common';
import { messageSourceSchema } from '../source';
import { PROFILE_FIELD_IDS, profileField, type ProfileFieldId } from './profileFields';

/** Where something I know about my manager came from: asked in a 1:1, read in a message, or my own observation. */
export const INSIGHT_ORIGINS = ['oneOnOne', 'message', 'observation'] as const;
export type InsightOrigin = (typeof INSIGHT_ORIGINS)[number];

/** What every entry of the profile carries besides its content: where it came from and when. */
const provenanceInput = {
  origin: z.enum(INSIGHT_ORIGINS).default('observation'),
  /** When I asked, read or saw it; "check again" counts from here. */
  notedOn: isoDateSchema,
};
const provenance = { origin: z.enum(INSIGHT_ORIGINS), notedOn: z.string(), source: messageSourceSchema.optional() };

/** A profile of one manager. A new manager starts a new profile; the newest one is my current manager. */
export const managerInputSchema = z
  .object({
    name: shortTextSchema.min(1, 'Required.'),
    /** Since when they have been my manager, if I want to say. */
    since: isoDateSchema.optional(),
  })
  .strict();
export const managerSchema = z.object({ ...storedFieldsSchema.shape, name: z.string(), since: z.string().optional() });
export type ManagerInput = z.infer<typeof managerInputSchema>;
export type Manager = z.infer<typeof managerSchema>;

/** What an entry says, in which field and from where: everything but the profile it belongs to. */
const insightEntryShape = {
  field: z.enum(PROFILE_FIELD_IDS, { error: 'Pick one of the “How they work” fields.' }),
  text: longTextSchema.trim().min(1, 'Required.'),
  /** For a field with choices (channel, cadence, format, order): which one this entry says. */
  choice: z.string().max(40).optional(),
  ...provenanceInput,
};

/** A choice is only valid among the choices of the entry's own field. */
function choiceOfItsField(insight: { field: ProfileFieldId; choice?: string | undefined }): boolean {
  return insight.choice === undefined || (profileField(insight.field).choices ?? []).some((choice) => choice.value === insight.choice);
}
const CHOICE_ISSUE = { message: 'Pick one of the choices this field offers.', path: ['choice'] };

/**
 * An entry before it has a profile: what a capture from a message checks before it starts a
 * profile, so an invalid entry writes nothing at all.
 */
export const insightEntryInputSchema = z
  .object(insightEntryShape)
  .strict()
  .refine(choiceOfItsField, CHOICE_ISSUE);
export type InsightEntryInput = z.infer<typeof insightEntryInputSchema>;

/** One thing I know about how my manager works, in one field of their profile. */
export const insightInputSchema = z
  .object({ profileId: idSchema, ...insightEntryShape })
  .strict()
  .refine(choiceOfItsField, CHOICE_ISSUE);
export const insightSchema = z.object({
  ...storedFieldsSchema.shape,
  profileId: z.string(),
  field: z.enum(PROFILE_FIELD_IDS),
  text: z.string(),
  choice: z.string().optional(),
  ...provenance,
});
export type InsightInput = z.infer<typeof insightInputSchema>;
export type Insight = z.infer<typeof insightSchema>;

/** One of my manager's priorities: what it is, why it matters to them, since when, and where it ranks. */
export const priorityInputSchema = z
  .object({
    profileId: idSchema,
    title: titleSchema,
    why: longTextSchema.default(''),
    since: isoDateSchema.optional(),
    /** Sort key, lowest first; only the order matters, so a move rewrites only the moved priority. */
    position: z.number().finite().min(-1e9).max(1e9),
    ...provenanceInput,
  })
  .strict();
export const prioritySchema = z.object({
  ...storedFieldsSchema.shape,
  profileId: z.string(),
  title: z.string(),
  why: z.string(),
  since: z.string().optional(),
  position: z.number(),
  ...provenance,
});
export type PriorityInput = z.infer<typeof priorityInputSchema>;
export type Priority = z.infer<typeof prioritySchema>;

/** The tag a goal, win or commitment carries when it supports one of my manager's priorities. */
export const supportsPrioritySchema = { supportsPriorityId: idSchema.optional() };
