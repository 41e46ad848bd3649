import type { z } from 'zod';
import { LIMITS } from '../domain/common';
import { goalSchema } from '../domain/goals';
import { personalPartition, type Caller } from '../domain/identity';
import { toItem } from '../http/routes/personalItems';
import type { Services } from '../http/services';
import { actionValueSchema, nonEmpty, tenantOf, type TeamsActivity } from './activity';
import { logItemCard, type AdaptiveCard, type FormField, type LogItemForm } from './logItemCard';
import { formContext, type LoggedMessage } from './loggedMessage';

// What both steps of "Log in Upward" share: the fetchTask form (logItemForm.ts) and the submit (logItemSubmit.ts).

/** The manifest's command id for "Log in Upward" (a message action with fetchTask). */
export const LOG_ITEM_COMMAND_ID = 'logItem';

/** What the bot answers to a message action: a dialog with the form, or a short message. */
export type ActionReply =
  | { readonly type: 'form'; readonly title: string; readonly card: AdaptiveCard }
  | { readonly type: 'message'; readonly text: string };

const DIALOG_TITLE = 'Log in Upward';
export const NOT_A_MESSAGE = 'Open "Log in Upward" from a message: … > More actions > Log in Upward.';
export const STORAGE_DOWN = 'Upward could not reach its storage, so nothing was saved. Try again in a moment.';

/** The person logging, from the (authenticated) activity; a message to show when it cannot be told. */
function callerOf(services: Services, activity: TeamsActivity): Caller | string {
  const objectId = nonEmpty(activity.from?.aadObjectId)?.toLowerCase();
  const tenantId = tenantOf(activity)?.toLowerCase();
  if (objectId === undefined || tenantId === undefined) return 'Upward could not tell who you are. Try again from Teams.';
  const { allowedTenants } = services.config.auth;
  if (allowedTenants.length > 0 && !allowedTenants.some((allowed) => allowed.toLowerCase() === tenantId)) return 'Your organisation is not allowed to use Upward.';
  const caller: Caller = { tenantId, objectId, name: nonEmpty(activity.from?.name)?.slice(0, 200) ?? 'Unknown' };
  try {
    personalPartition(caller);
  } catch {
    return 'Upward could not tell who you are. Try again from Teams.';
  }
  return caller;
}

/** The user's active goals, which a win may advance. */
export async function activeGoals(services: Services, caller: Caller): Promise<{ id: string; title: string }[]> {
  const kinds = await services.personal.listKinds(personalPartition(caller), ['goal']);
  return (kinds.get('goal') ?? [])
    .map((record) => toItem(goalSchema, record))
    .filter((goal) => goal.status === 'active')
    .map((goal) => ({ id: goal.id, title: goal.title }));
}

/** Says so when Details could not take the whole message (it keeps the first LIMITS.text characters). */
function shortenedNotes(form: LogItemForm, message: LoggedMessage): Partial<Record<FormField, string>> {
  if (message.text.length <= LIMITS.text || form.details === message.text) return {};
  return { details: `Shortened to fit: the message has ${message.text.length.toLocaleString('en-US')}.` };
}

/** The form dialog, with any errors next to their fields. */
export function formReply(form: LogItemForm, message: LoggedMessage, goals: { id: string; title: string }[], errors: Partial<Record<FormField, string>> = {}): ActionReply {
  return {
    type: 'form',
    title: DIALOG_TITLE,
    card: logItemCard({ form, goals, errors, notes: shortenedNotes(form, message), authorName: message.authorName, context: formContext(message) }),
  };
}

/** The invoke's value if it is this app's command, else the message to show instead. */
function commandValue(rawValue: unknown): z.infer<typeof actionValueSchema> | string {
  const parsed = actionValueSchema.safeParse(rawValue ?? {});
  if (!parsed.success) return 'Upward could not read this request.';
  if (parsed.data.commandId !== LOG_ITEM_COMMAND_ID) return 'Upward does not know this command.';
  return parsed.data;
}

/** The command's value and who is logging, checked for both steps; or the message to show instead. */
export function openInvoke(services: Services, activity: TeamsActivity, rawValue: unknown): { value: z.infer<typeof actionValueSchema>; caller: Caller } | string {
  const value = commandValue(rawValue);
  if (typeof value === 'string') return value;
  const caller = callerOf(services, activity);
  if (typeof caller === 'string') return caller;
  return { value, caller };
}
