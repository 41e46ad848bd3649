import { z } from 'zod';
import { InvalidInputError } from '../app/errors';
import { logFromMessage, type LoggedInput, type LoggedItem } from '../app/logFromMessage';
import { activeGoals } from '../app/overview';
import type { Services } from '../app/services';
import { commitmentInputSchema } from '../domain/commitments';
import type { LoggedKind } from '../domain/messages/guessKind';
import { toFieldErrors, type FieldError } from '../domain/problems';
import { winInputSchema } from '../domain/wins';
import type { TeamsActivity } from './activity';
import { BOT_MESSAGES, userMessageFor } from './errors';
import { SUBMIT_MARKER, type FormField, type LogItemForm } from './logItemCard';
import { formReply, openInvoke, type ActionReply } from './logItem';
import { loggedMessage, sourceOf, type LoggedMessage } from './loggedMessage';

const submittedSchema = z
  .object({
    kind: z.string().catch(''),
    title: z.string().catch(''),
    details: z.string().catch(''),
    dueDate: z.string().catch(''),
    toWhom: z.string().catch(''),
    impact: z.string().catch(''),
    winDate: z.string().catch(''),
    goalId: z.string().catch(''),
    shared: z.string().catch('false'),
    [SUBMIT_MARKER]: z.record(z.string(), z.string()).catch({}),
  })
  .partial();

/** The submitted card values, with anything missing or malformed read as empty. */
function submittedForm(data: Record<string, unknown> | null | undefined): { form: LogItemForm; kindChosen: boolean; context: Record<string, string> } {
  const raw = submittedSchema.parse(data ?? {});
  const kindChosen = raw.kind === 'commitment' || raw.kind === 'win';
  return {
    form: {
      kind: raw.kind === 'win' ? 'win' : 'commitment',
      title: raw.title ?? '',
      details: raw.details ?? '',
      dueDate: (raw.dueDate ?? '').trim(),
      toWhom: raw.toWhom ?? '',
      impact: raw.impact ?? '',
      winDate: (raw.winDate ?? '').trim(),
      goalId: (raw.goalId ?? '').trim(),
      shared: raw.shared === 'true',
    },
    kindChosen,
    context: raw[SUBMIT_MARKER] ?? {},
  };
}

/** The contract's field names mapped to the form's, so each error lands next to its field. */
const FIELD_OF: Record<LoggedKind, Record<string, FormField>> = {
  commitment: { title: 'title', details: 'details', dueDate: 'dueDate', toWhom: 'toWhom', sharedInOneOnOne: 'shared' },
  win: { title: 'title', impact: 'impact', date: 'winDate', goalId: 'goalId', sharedInOneOnOne: 'shared' },
};

function formErrors(kind: LoggedKind, errors: readonly FieldError[]): Partial<Record<FormField, string>> {
  const byField: Partial<Record<FormField, string>> = {};
  for (const fieldError of errors) {
    const field = FIELD_OF[kind][fieldError.path] ?? 'form';
    byField[field] ??= fieldError.message;
  }
  return byField;
}

/** Validates the form with the same contract as the HTTP API: field errors, or the input to store. */
function parseInput(form: LogItemForm, message: LoggedMessage): LoggedInput | Partial<Record<FormField, string>> {
  if (form.kind === 'commitment') {
    const result = commitmentInputSchema.safeParse({
      title: form.title,
      details: form.details,
      ...(form.dueDate === '' ? {} : { dueDate: form.dueDate }),
      toWhom: form.toWhom,
      sharedInOneOnOne: form.shared,
    });
    return result.success ? { kind: 'commitment', input: result.data } : formErrors('commitment', toFieldErrors(result.error));
  }
  const result = winInputSchema.safeParse({
    title: form.title,
    impact: form.impact,
    date: form.winDate,
    ...(message.link === undefined ? {} : { evidenceUrl: message.link }),
    ...(form.goalId === '' ? {} : { goalId: form.goalId }),
    sharedInOneOnOne: form.shared,
  });
  return result.success ? { kind: 'win', input: result.data } : formErrors('win', toFieldErrors(result.error));
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Friday 6 March 2026": unambiguous whatever the reader's locale. */
function humanDate(date: string): string {
  const parts = dateFormat.formatToParts(new Date(`${date}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

function confirmation(logged: LoggedItem): string {
  if (logged.kind === 'commitment') {
    const { item } = logged;
    const due = item.dueDate === undefined ? '' : `, due ${humanDate(item.dueDate)}`;
    const to = item.toWhom === '' ? '' : ` to ${item.toWhom}`;
    return `Logged in Upward as a commitment${to}: "${item.title}"${due}. You'll find it in Upward's Commitments.`;
  }
  const { item } = logged;
  return `Logged in Upward as a win: "${item.title}" (${humanDate(item.date)}). You'll find it in Upward's Wins.`;
}

/**
 * `composeExtension/submitAction`: validates the form with the shared contract and stores the
 * item with its source message. Invalid input re-shows the form with each error next to its
 * field and stores nothing; a retried submission returns the first item.
 */
export async function submitLogItem(services: Services, activity: TeamsActivity, rawValue: unknown): Promise<ActionReply> {
  const opened = openInvoke(services, activity, rawValue);
  if (typeof opened === 'string') return { type: 'message', text: opened };
  const { value, caller } = opened;
  const submitted = submittedForm(value.data);
  const message = loggedMessage(activity, value.messagePayload, submitted.context);
  if (message === undefined) return { type: 'message', text: BOT_MESSAGES.notAMessage };
  const { form } = submitted;

  const reshow = async (errors: Partial<Record<FormField, string>>): Promise<ActionReply> => {
    let goals: { id: string; title: string }[] = [];
    try {
      goals = await activeGoals(services, caller);
    } catch (error) {
      // Without the goals the form still re-shows, with the errors that matter more.
      if (userMessageFor(error) === undefined) throw error;
    }
    return formReply(form, message, goals, errors);
  };

  if (!submitted.kindChosen) return reshow({ kind: 'Choose commitment or win.' });
  const parsed = parseInput(form, message);
  if (!('input' in parsed)) return reshow(parsed);
  try {
    const logged = await logFromMessage(services, caller, { conversationId: message.conversationId, messageId: message.messageId, source: sourceOf(message) }, parsed);
    return { type: 'message', text: confirmation(logged) };
  } catch (error) {
    // A rule the app applies (a win's goal must exist) lands next to its field, like the contract's own errors.
    if (error instanceof InvalidInputError) return reshow(formErrors(parsed.kind, error.errors));
    const text = userMessageFor(error);
    if (text === undefined) throw error;
    return reshow({ form: text });
  }
}
