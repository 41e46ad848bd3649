import type { MessageInsight } from '../app/insightFromMessage';
import { managerInputSchema, insightEntryInputSchema } from '../domain/manager/managerProfile';
import { toFieldErrors } from '../domain/problems';
import { formErrors } from './logItem';
import type { FormField, LogItemForm } from './logItemCard';

/** The contract's names for an insight's fields mapped to the form's. */
export const INSIGHT_FIELD_OF: Readonly<Record<string, FormField>> = { field: 'field', text: 'insightText', choice: 'field', name: 'managerName' };

const NEW_PROFILE_SCHEMA = managerInputSchema.pick({ name: true });

/**
 * Checks an insight from the form with the insight contract: field errors, or what to save.
 * `profileId` is the profile the form was opened for ('' when I had none: then the new
 * profile's name is required). `notedOn` is the day of the message.
 */
export function parseInsight(form: LogItemForm, profileId: string, notedOn: string): MessageInsight | Partial<Record<FormField, string>> {
  const entry = insightEntryInputSchema.safeParse({ field: form.field, text: form.insightText, origin: 'message', notedOn });
  // The name is asked for, and checked, only when a profile is started now.
  const name = profileId === '' ? NEW_PROFILE_SCHEMA.safeParse({ name: form.managerName }) : undefined;
  const errors = [...(entry.success ? [] : toFieldErrors(entry.error)), ...(name === undefined || name.success ? [] : toFieldErrors(name.error))];
  if (!entry.success || errors.length > 0) return formErrors(INSIGHT_FIELD_OF, errors);
  return { entry: entry.data, profileId: profileId === '' ? undefined : profileId, managerName: name?.data?.name ?? '' };
}
