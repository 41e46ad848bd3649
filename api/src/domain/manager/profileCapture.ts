import { z } from 'zod';
import { isoDateSchema, LIMITS, longTextSchema } from '../common';
import { roleOf, type Roles } from '../oneOnOneRoles';
import { questionById, type QuestionId } from '../questionBank';
import { PROFILE_FIELD_IDS, profileField } from './profileFields';
import type { ProfileTarget } from './profileTargets';

const PROFILE_TARGETS = [...PROFILE_FIELD_IDS, 'priority'] as const satisfies readonly ProfileTarget[];

/** Save the answer to a question discussed in the 1:1 into my manager's profile: a field, or a new priority. */
export const agendaAnswerInputSchema = z
  .object({
    target: z.enum(PROFILE_TARGETS),
    text: longTextSchema.trim().min(1, 'Write what they said.'),
    /** The day of the 1:1, in my calendar. */
    notedOn: isoDateSchema,
  })
  .strict();
export type AgendaAnswerInput = z.infer<typeof agendaAnswerInputSchema>;

/** Where the answer went: which profile, and the entry made there. */
export const savedToProfileSchema = z.object({ target: z.enum(PROFILE_TARGETS), profileId: z.string(), entryId: z.string(), managerName: z.string() });
export type SavedToProfile = z.infer<typeof savedToProfileSchema>;

/**
 * What the employee is told once an answer is in their profile; `place` names where to find
 * it when they are not looking at it (the message extension's dialog is not the tab).
 */
export function savedToProfileText(saved: SavedToProfile, place?: string): string {
  if (saved.target === 'priority') return `Saved as a priority in your private profile of ${saved.managerName}.`;
  return `Saved to how ${saved.managerName} works: ${profileField(saved.target).label}. Only you can see it${place === undefined ? '' : `, in ${place}`}.`;
}

/** A priority made from an answer: its first line is the title (cut to fit), the whole answer is why. */
export function priorityFromAnswer(text: string): { title: string; why: string } {
  const firstLine = text.trim().split('\n')[0] ?? '';
  const title = firstLine.length <= LIMITS.title ? firstLine : `${firstLine.slice(0, LIMITS.title - 1)}…`;
  return { title, why: title === text.trim() ? '' : text.trim() };
}

/** Whether an agenda item's answer can go into the employee's manager profile: it is a question from the employee's bank. */
export function isProfileQuestion(questionId: QuestionId | undefined): questionId is QuestionId {
  return questionId !== undefined && questionById(questionId).role === 'employee';
}

/**
 * Whether `me` saves answers as the employee of this 1:1: the profile is theirs alone. Until
 * the chat's roles are set, the employee is whoever put the question on the agenda.
 */
export function savesAsEmployee(roles: Roles | null, addedBy: string, me: string): boolean {
  return roles === null ? addedBy.toLowerCase() === me.toLowerCase() : roleOf(roles, me) === 'employee';
}
