import { z } from 'zod';
import { InvalidInputError } from '../app/errors';
import { logFromMessage, type LoggedInput, type LoggedItem } from '../app/logFromMessage';
import { activeGoals } from '../app/overview';
import type { Services } from '../app/services';
import { commitmentInputSchema } from '../domain/commitments';
import { LOGGED_KINDS, type LoggedKind } from '../domain/messages/guessKind';
import { toFieldErrors } from '../domain/problems';
import { winInputSchema } from '../domain/wins';
import type { SourceMessage } from '../app/oncePerMessage';
import { currentManager, saveInsightFromMessage } from '../app/insightFromMessage';
import { timeZoneOf, type TeamsActivity } from './activity';
import { INSIGHT_FIELD_OF, parseInsight } from './logInsightSubmit';
import { FEEDBACK_FIELD_OF, parseFeedback, savedFeedbackText } from './logFeedbackSubmit';
import { saveFeedbackFromMessage } from '../app/feedback';
import { savedToProfileText } from '../domain/manager/profileCapture';
import { BOT_MESSAGES, userMessageFor } from './errors';
import { CHOOSE_KIND, SUBMIT_MARKER, type FormField, type LogItemForm } from './logItemCard';
import { formErrors, formReply, openInvoke, type ActionReply, type FormChoices } from './logItem';
import { dayIn, loggedMessage, referenceTimeOf, sourceOf, type LoggedMessage } from './loggedMessage';

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
    field: z.string().catch(''),
    insightText: z.string().catch(''),
    managerName: z.string().catch(''),
    giver: z.string().catch(''),
    feedbackText: z.string().catch(''),
    profileId: z.string().catch(''),
    [SUBMIT_MARKER]: z.record(z.string(), z.string()).catch({}),
  })
  .partial();

/** The submitted card values, with anything missing or malformed read as empty. */
function submittedForm(data: Record<string, unknown> | null | undefined): { form: LogItemForm; kindChosen: boolean; profileId: string; context: Record<string, string> } {
  const raw = submittedSchema.parse(data ?? {});
  const kind = LOGGED_KINDS.find((candidate) => candidate === raw.kind);
  return {
    form: {
      kind: kind ?? 'commitment',
      title: raw.title ?? '',
      details: raw.details ?? '',
      dueDate: (raw.dueDate ?? '').trim(),
      toWhom: raw.toWhom ?? '',
      impact: raw.impact ?? '',
      winDate: (raw.winDate ?? '').trim(),
      goalId: (raw.goalId ?? '').trim(),
      shared: raw.shared === 'true',
      field: (raw.field ?? '').trim(),
      insightText: raw.insightText ?? '',
      managerName: raw.managerName ?? '',
      giver: raw.giver ?? '',
      feedbackText: raw.feedbackText ?? '',
    },
    kindChosen: kind !== undefined,
    profileId: (raw.profileId ?? '').trim(),
    context: raw[SUBMIT_MARKER] ?? {},
  };
}

/** The contract's field names mapped to the form's, so each error lands next to its field. */
const FIELD_OF: Record<LoggedKind, Readonly<Record<string, FormField>>> = {
  commitment: { title: 'title', details: 'details', dueDate: 'dueDate', toWhom: 'toWhom', sharedInOneOnOne: 'shared' },
  win: { title: 'title', impact: 'impact', date: 'winDate', goalId: 'goalId', sharedInOneOnOne: 'shared' },
  insight: INSIGHT_FIELD_OF,
  feedback: FEEDBACK_FIELD_OF,
};

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
    return result.success ? { kind: 'commitment', input: result.data } : formErrors(FIELD_OF.commitment, toFieldErrors(result.error));
  }
  const result = winInputSchema.safeParse({
    title: form.title,
    impact: form.impact,
    date: form.winDate,
    ...(message.link === undefined ? {} : { evidenceUrl: message.link }),
    ...(form.goalId === '' ? {} : { goalId: form.goalId }),
    sharedInOneOnOne: form.shared,
  });
  return result.success ? { kind: 'win', input: result.data } : formErrors(FIELD_OF.win, toFieldErrors(result.error));
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
 * item (or, for an insight, the entry in my manager profile) with its source message. Invalid input re-shows the form with each error next to its
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
    let choices: FormChoices = { goals: [], manager: undefined };
    try {
      const [goals, manager] = await Promise.all([activeGoals(services, caller), currentManager(services, caller)]);
      // The form now names the current profile, so saving again after "profile changed" saves there.
      choices = { goals, manager };
    } catch (error) {
      // Without the lists the form still re-shows, with the errors that matter more.
      if (userMessageFor(error) === undefined) throw error;
    }
    return formReply(form, message, choices, errors);
  };
  const source: SourceMessage = { conversationId: message.conversationId, messageId: message.messageId, source: sourceOf(message) };

  if (!submitted.kindChosen) return reshow({ kind: CHOOSE_KIND });
  if (form.kind === 'insight') {
    const insight = parseInsight(form, submitted.profileId, dayIn(referenceTimeOf(message, new Date()), timeZoneOf(activity)));
    if (!('entry' in insight)) return reshow(insight);
    return saved(reshow, FIELD_OF.insight, async () => savedToProfileText(await saveInsightFromMessage(services, caller, source, insight), "Upward's My manager"));
  }
  if (form.kind === 'feedback') {
    const feedback = parseFeedback(form, dayIn(referenceTimeOf(message, new Date()), timeZoneOf(activity)));
    if (!('text' in feedback)) return reshow(feedback);
    return saved(reshow, FIELD_OF.feedback, async () => savedFeedbackText(await saveFeedbackFromMessage(services, caller, source, feedback)));
  }
  const parsed = parseInput(form, message);
  if (!('input' in parsed)) return reshow(parsed);
  return saved(reshow, FIELD_OF[parsed.kind], async () => confirmation(await logFromMessage(services, caller, source, parsed)));
}

/**
 * Runs the save and answers with its confirmation, a message only the user sees in the dialog
 * (nothing is posted to the chat); a refusal re-shows the form with the error.
 */
async function saved(reshow: (errors: Partial<Record<FormField, string>>) => Promise<ActionReply>, fieldOf: Readonly<Record<string, FormField>>, save: () => Promise<string>): Promise<ActionReply> {
  try {
    return { type: 'message', text: await save() };
  } catch (error) {
    // A rule the app applies (a win's goal must exist, the profile is still mine) lands next to its field, like the contract's own errors.
    if (error instanceof InvalidInputError) return reshow(formErrors(fieldOf, error.errors));
    const text = userMessageFor(error);
    if (text === undefined) throw error;
    return reshow({ form: text });
  }
}
