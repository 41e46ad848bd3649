import type { z } from 'zod';
import type { Services } from '../app/services';
import { LIMITS } from '../domain/common';
import { personalPartition, type Caller } from '../domain/identity';
import type { FieldError } from '../domain/problems';
import { isTenantAllowed } from '../domain/tenants';
import { actionValueSchema, nonEmpty, tenantOf, type TeamsActivity } from './activity';
import { BOT_MESSAGES } from './errors';
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

/** The person logging, from the (authenticated) activity; a message to show when it cannot be told. */
function callerOf(services: Services, activity: TeamsActivity): Caller | string {
  const objectId = nonEmpty(activity.from?.aadObjectId)?.toLowerCase();
  const tenantId = tenantOf(activity)?.toLowerCase();
  if (objectId === undefined || tenantId === undefined) return BOT_MESSAGES.unknownCaller;
  if (!isTenantAllowed(services.config.auth.allowedTenants, tenantId)) return BOT_MESSAGES.tenantNotAllowed;
  const caller: Caller = { tenantId, objectId, name: nonEmpty(activity.from?.name)?.slice(0, 200) ?? 'Unknown' };
  try {
    personalPartition(caller);
  } catch {
    return BOT_MESSAGES.unknownCaller;
  }
  return caller;
}

/** Says so when Details (or the insight's text) could not take the whole message: each keeps its first LIMITS.text characters. */
function shortenedNotes(form: LogItemForm, message: LoggedMessage): Partial<Record<FormField, string>> {
  if (message.text.length <= LIMITS.text) return {};
  const note = `Shortened to fit: the message has ${message.text.length.toLocaleString('en-US')}.`;
  return {
    ...(form.details === message.text ? {} : { details: note }),
    ...(form.insightText === message.text ? {} : { insightText: note }),
  };
}

/** What the form offers to pick from, read from storage each time it is shown. */
export interface FormChoices {
  /** My active goals, for a win. */
  readonly goals: readonly { readonly id: string; readonly title: string }[];
  /** My current manager's profile, for an insight; undefined when I have none yet. */
  readonly manager: { readonly id: string; readonly name: string } | undefined;
}

/** The form dialog, with any errors next to their fields. */
export function formReply(form: LogItemForm, message: LoggedMessage, choices: FormChoices, errors: Partial<Record<FormField, string>> = {}): ActionReply {
  return {
    type: 'form',
    title: DIALOG_TITLE,
    card: logItemCard({
      form,
      goals: choices.goals,
      manager: choices.manager,
      errors,
      notes: shortenedNotes(form, message),
      authorName: message.authorName,
      context: formContext(message),
    }),
  };
}

/** Errors of the contract (or of a rule) by the form's fields, so each lands next to its field; `fieldOf` maps the contract's names to the form's. */
export function formErrors(fieldOf: Readonly<Record<string, FormField>>, errors: readonly FieldError[]): Partial<Record<FormField, string>> {
  const byField: Partial<Record<FormField, string>> = {};
  for (const fieldError of errors) {
    const field = fieldOf[fieldError.path] ?? 'form';
    byField[field] ??= fieldError.message;
  }
  return byField;
}

/** The invoke's value if it is this app's command, else the message to show instead. */
function commandValue(rawValue: unknown): z.infer<typeof actionValueSchema> | string {
  const parsed = actionValueSchema.safeParse(rawValue ?? {});
  if (!parsed.success) return BOT_MESSAGES.unreadable;
  if (parsed.data.commandId !== LOG_ITEM_COMMAND_ID) return BOT_MESSAGES.unknownCommand;
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
