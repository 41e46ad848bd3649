import { z } from 'zod';
import { cadenceSchema, nextMeetingSchema } from './cadence';
import type { ChatMember } from './chat';
import type { QuestionRole } from './questionBank';

/** A 1:1 is two people: past this the tab says it is for two and sets no roles. */
export const ONE_ON_ONE_MEMBERS = 2;

const objectIdSchema = z
  .string()
  .regex(/^[0-9A-Za-z-]{1,64}$/, 'Not a user id.')
  .toLowerCase();

/** Who is the employee and who is the manager in this chat, by Entra object id. */
export const rolesSchema = z.object({ employee: z.string(), manager: z.string() });
export type Roles = z.infer<typeof rolesSchema>;

/** Roles as sent: two different people. Both must be the chat's two members (checked against the roster). */
export const rolesInputSchema = z
  .object({ employee: objectIdSchema, manager: objectIdSchema })
  .strict()
  .refine((roles) => roles.employee !== roles.manager, { message: 'The employee and the manager are two different people.', path: ['manager'] });

/** The chat's settings row: roles and when the 1:1 happens, each null until someone sets it. */
export const chatSettingsDataSchema = z.object({ roles: rolesSchema.nullable(), cadence: cadenceSchema.nullable() });
export type ChatSettingsData = z.infer<typeof chatSettingsDataSchema>;

/** Change the chat's settings: only the fields sent change. Sent with the version it was based on (If-Match). */
export const chatSettingsInputSchema = z
  .object({ roles: rolesInputSchema.optional(), cadence: cadenceSchema.nullable().optional() })
  .strict()
  .refine((input) => input.roles !== undefined || input.cadence !== undefined, { message: 'Send roles or cadence.', path: ['roles'] });
export type ChatSettingsInput = z.infer<typeof chatSettingsInputSchema>;

/** The settings as the API returns them; `version` (null before anything was set) is what the next change sends in If-Match. */
export const chatSettingsSchema = z.object({
  version: z.string().nullable(),
  roles: rolesSchema.nullable(),
  cadence: cadenceSchema.nullable(),
  nextMeeting: nextMeetingSchema.nullable(),
});
export type ChatSettings = z.infer<typeof chatSettingsSchema>;

/** The role `objectId` has in the chat, if roles are set and they have one. */
export function roleOf(roles: Roles | null, objectId: string): QuestionRole | undefined {
  const id = objectId.toLowerCase();
  if (roles?.employee === id) return 'employee';
  if (roles?.manager === id) return 'manager';
  return undefined;
}

/** Why these roles cannot be set on this roster, or undefined when they can. */
export function rolesProblem(roles: Roles, members: readonly ChatMember[]): 'not-one-on-one' | 'not-members' | undefined {
  if (members.length !== ONE_ON_ONE_MEMBERS) return 'not-one-on-one';
  const ids = new Set(members.map((member) => member.objectId.toLowerCase()));
  return ids.has(roles.employee) && ids.has(roles.manager) ? undefined : 'not-members';
}

/**
 * Roles still hold only while both people are on the roster: someone who left the chat has
 * no role in it, so the page asks again rather than speak to the wrong person.
 */
export function currentRoles(roles: Roles | null, members: readonly ChatMember[]): Roles | null {
  return roles === null || rolesProblem(roles, members) !== undefined ? null : roles;
}
