import { z } from 'zod';
import { commitmentInputSchema, commitmentSchema, type CommitmentInput } from '../domain/commitments';
import { LIMITS } from '../domain/common';
import { goalSchema } from '../domain/goals';
import { personalPartition, type Caller } from '../domain/identity';
import { calendarDateIn, parseDueDate } from '../domain/messages/dueDate';
import { guessKind, type LoggedKind } from '../domain/messages/guessKind';
import { htmlToText } from '../domain/messages/htmlToText';
import { deriveTitle, describeAttachments } from '../domain/messages/title';
import { toFieldErrors, type FieldError } from '../domain/problems';
import { messageSourceSchema, type MessageSource } from '../domain/source';
import { winInputSchema, winSchema, type WinInput } from '../domain/wins';
import { toItem } from '../http/routes/personalItems';
import type { Services } from '../http/services';
import { ItemNotFoundError, StorageUnavailableError, type StoredRecord } from '../store/errors';
import { actionValueSchema, conversationIdOf, nonEmpty, tenantOf, timeZoneOf, type MessagePayload, type TeamsActivity } from './activity';
import { logItemCard, SUBMIT_MARKER, type AdaptiveCard, type FormField, type LogItemForm } from './logItemCard';

/** The manifest's command id for "Log in Upward" (a message action with fetchTask). */
export const LOG_ITEM_COMMAND_ID = 'logItem';

/**
 * Teams retries an invoke it thinks timed out, and people double-submit. A repeat of the same
 * log (same person, same chat message, same kind) returns the first item when it comes in the
 * same 10-minute UTC slot as the first, or within 2 minutes of it; later, it makes a new item.
 */
export const DEDUPE_SLOT_MS = 10 * 60_000;
/** Repeats this soon after the first are caught even across a slot boundary. */
export const DEDUPE_GRACE_MS = 2 * 60_000;

/**
 * Most characters of the message's text kept as the item's source. A stored item is one
 * Table Storage string (64 KiB of UTF-16, so 32K characters) and JSON escaping can double
 * the text, so the source text gets a budget well inside it.
 */
export const SOURCE_TEXT_BUDGET = 20_000;

/** What the bot answers to a message action: a dialog with the form, or a short message. */
export type ActionReply =
  | { readonly type: 'form'; readonly title: string; readonly card: AdaptiveCard }
  | { readonly type: 'message'; readonly text: string };

/** What an item logged from a message is made of, before the user edits it. */
interface LoggedMessage {
  readonly messageId: string;
  readonly conversationId: string | undefined;
  readonly text: string;
  readonly title: string;
  readonly authorId: string | undefined;
  readonly authorName: string | undefined;
  readonly sentAt: Date | undefined;
  readonly link: string | undefined;
}

const DIALOG_TITLE = 'Log in Upward';
const NOT_A_MESSAGE = 'Open "Log in Upward" from a message: … > More actions > Log in Upward.';
const STORAGE_DOWN = 'Upward could not reach its storage, so nothing was saved. Try again in a moment.';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Graphemes are looked for this close to a cut: segmenting a whole 30 KB message takes most of a second. */
const GRAPHEME_WINDOW = 32;

/** The last grapheme boundary at or before `at`, so a cut never splits an emoji or an accented letter. */
function graphemeBoundary(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const start = Math.max(0, at - GRAPHEME_WINDOW);
  let boundary = start;
  for (const { index } of segmenter.segment(text.slice(start, at + GRAPHEME_WINDOW))) {
    if (start + index > at) break;
    boundary = start + index;
  }
  const code = text.charCodeAt(boundary - 1);
  return code >= 0xd800 && code <= 0xdbff ? boundary - 1 : boundary;
}

/** The start of `text` in at most `max` characters, cut between graphemes, with "…" when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, graphemeBoundary(text, max - 1)).trimEnd()}…`;
}

/** `text` clipped so that its JSON encoding stays within `budget` characters. */
function clipForStorage(text: string, budget: number): string {
  let candidate = text;
  while (JSON.stringify(candidate).length > budget) {
    candidate = clip(candidate, Math.floor(candidate.length * 0.8));
  }
  return candidate;
}

function validDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function httpsLink(value: string | undefined): string | undefined {
  if (value === undefined || value.length > LIMITS.url) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the message an action was invoked on; the card's own copy of its ids fills gaps. */
function loggedMessage(activity: TeamsActivity, payload: MessagePayload | null | undefined, fallback: Record<string, string>): LoggedMessage | undefined {
  const messageId = nonEmpty(payload?.id) ?? nonEmpty(fallback.messageId);
  if (messageId === undefined || messageId.length > 200) return undefined;
  const html = payload?.body?.content ?? '';
  // Teams sends HTML; a plain-text body is HTML without tags, which htmlToText leaves as it is.
  const text = htmlToText(html);
  const attachments = (payload?.attachments ?? []).map((attachment) => ({
    contentType: attachment.contentType ?? undefined,
    name: attachment.name ?? undefined,
  }));
  const user = payload?.from?.user;
  const application = payload?.from?.application;
  return {
    messageId,
    conversationId: conversationIdOf(activity),
    text,
    title: deriveTitle(text, describeAttachments(attachments)),
    authorId: nonEmpty(user?.id)?.toLowerCase() ?? nonEmpty(fallback.authorId),
    authorName: nonEmpty(user?.displayName ?? application?.displayName)?.slice(0, 200) ?? nonEmpty(fallback.authorName),
    sentAt: validDate(nonEmpty(payload?.createdDateTime) ?? nonEmpty(fallback.sentAt)),
    link: httpsLink(nonEmpty(payload?.linkToMessage) ?? nonEmpty(fallback.link)),
  };
}

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

/** The context the form carries back on submit, in case Teams leaves the message out of the submission. */
function formContext(message: LoggedMessage): Record<string, string> {
  const context: Record<string, string> = { messageId: message.messageId };
  if (message.authorId !== undefined) context.authorId = message.authorId;
  if (message.authorName !== undefined) context.authorName = message.authorName;
  if (message.sentAt !== undefined) context.sentAt = message.sentAt.toISOString();
  if (message.link !== undefined) context.link = message.link;
  return context;
}

async function activeGoals(services: Services, caller: Caller): Promise<{ id: string; title: string }[]> {
  const kinds = await services.personal.listKinds(personalPartition(caller), ['goal']);
  return (kinds.get('goal') ?? [])
    .map((record) => toItem(goalSchema, record))
    .filter((goal) => goal.status === 'active')
    .map((goal) => ({ id: goal.id, title: goal.title }));
}

function formReply(form: LogItemForm, message: LoggedMessage, goals: { id: string; title: string }[], errors: Partial<Record<FormField, string>> = {}): ActionReply {
  return {
    type: 'form',
    title: DIALOG_TITLE,
    card: logItemCard({ form, goals, errors, authorName: message.authorName, context: formContext(message) }),
  };
}

/** The invoke's value if it is this app's command, else the message to show instead. */
function commandValue(rawValue: unknown): z.infer<typeof actionValueSchema> | string {
  const parsed = actionValueSchema.safeParse(rawValue ?? {});
  if (!parsed.success) return 'Upward could not read this request.';
  if (parsed.data.commandId !== LOG_ITEM_COMMAND_ID) return 'Upward does not know this command.';
  return parsed.data;
}

/**
 * The other member of a two-person chat Upward is installed in: in the employee's 1:1 with
 * their manager, a promise they wrote there was made to the manager. Empty when the chat is
 * not such a chat, when Teams gave no name, or when storage does not answer (the form still opens).
 */
async function counterpartIn(services: Services, conversationId: string | undefined, caller: Caller): Promise<string> {
  if (conversationId === undefined) return '';
  try {
    const members = await services.rosters.members(conversationId);
    const me = caller.objectId.toLowerCase();
    if (members.length !== 2 || !members.some((member) => member.objectId === me)) return '';
    return members.find((member) => member.objectId !== me)?.name ?? '';
  } catch (error) {
    if (error instanceof StorageUnavailableError) return '';
    throw error;
  }
}

/**
 * `composeExtension/fetchTask`: the form, filled from the message. The kind is guessed from
 * the text and who wrote it; the due date is read from the text relative to when the message
 * was sent, in the user's time zone; "to whom" is the author when someone else wrote it, and
 * the other person of the 1:1 (see {@link counterpartIn}) when the user wrote it themself.
 */
export async function fetchLogItemForm(services: Services, activity: TeamsActivity, rawValue: unknown): Promise<ActionReply> {
  const value = commandValue(rawValue);
  if (typeof value === 'string') return { type: 'message', text: value };
  const caller = callerOf(services, activity);
  if (typeof caller === 'string') return { type: 'message', text: caller };
  const message = loggedMessage(activity, value.messagePayload, {});
  if (message === undefined) return { type: 'message', text: NOT_A_MESSAGE };

  const timeZone = timeZoneOf(activity);
  const now = new Date();
  // "Tomorrow" in a message means the day after it was sent, not the day after it was logged.
  const reference = message.sentAt !== undefined && message.sentAt < now ? message.sentAt : now;
  // Teams names the author by Entra object id; the Agents Playground by the user's Teams id.
  const loggerIds = [caller.objectId, nonEmpty(activity.from?.id)?.toLowerCase()];
  const writtenBySelf = message.authorId !== undefined && loggerIds.includes(message.authorId);
  const writtenByOther = message.authorId !== undefined && !writtenBySelf;
  const form: LogItemForm = {
    kind: guessKind({ text: message.text, authorAadObjectId: writtenBySelf ? caller.objectId : message.authorId, loggerAadObjectId: caller.objectId }),
    title: message.title,
    details: clip(message.text, LIMITS.text),
    dueDate: parseDueDate(message.text, reference, timeZone) ?? '',
    toWhom: writtenByOther ? (message.authorName ?? '') : await counterpartIn(services, message.conversationId, caller),
    impact: '',
    winDate: calendarDateIn(reference, timeZone) ?? reference.toISOString().slice(0, 10),
    goalId: '',
    shared: false,
  };
  try {
    return formReply(form, message, await activeGoals(services, caller));
  } catch (error) {
    if (error instanceof StorageUnavailableError) return { type: 'message', text: STORAGE_DOWN };
    throw error;
  }
}

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

type ParsedInput = { kind: 'commitment'; input: CommitmentInput } | { kind: 'win'; input: WinInput };

/** Validates the form with the same contract as the HTTP API: field errors, or the input to store. */
function parseInput(form: LogItemForm, message: LoggedMessage): ParsedInput | Partial<Record<FormField, string>> {
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

function sourceOf(message: LoggedMessage): MessageSource {
  return messageSourceSchema.parse({
    messageId: message.messageId,
    ...(message.link === undefined ? {} : { linkToMessage: message.link }),
    ...(message.authorName === undefined ? {} : { authorName: message.authorName }),
    ...(message.sentAt === undefined ? {} : { sentAt: message.sentAt.toISOString() }),
    ...(message.text === '' ? {} : { text: clipForStorage(message.text, SOURCE_TEXT_BUDGET) }),
  });
}

/** The idempotency key of one log of one message in one dedupe slot. */
function dedupeKey(caller: Caller, message: LoggedMessage, kind: LoggedKind, slot: number): string {
  return ['logItem', caller.tenantId, caller.objectId, message.conversationId ?? '', message.messageId, kind, String(slot)].join('|');
}

/**
 * Stores the item at most once per slot (see {@link DEDUPE_SLOT_MS}): it is created under the
 * slot's idempotency key, where racing retries meet; early in a slot the previous slot's key is
 * looked up first. If the first item was deleted since, a new one is made.
 */
async function storeOnce(services: Services, caller: Caller, message: LoggedMessage, parsed: ParsedInput): Promise<StoredRecord> {
  const partition = personalPartition(caller);
  const now = Date.now();
  const slot = Math.floor(now / DEDUPE_SLOT_MS);
  const data = { ...parsed.input, source: sourceOf(message) };
  if (now - slot * DEDUPE_SLOT_MS < DEDUPE_GRACE_MS) {
    try {
      const earlier = await services.personal.findByIdempotencyKey(partition, parsed.kind, dedupeKey(caller, message, parsed.kind, slot - 1));
      if (earlier !== undefined) return earlier;
    } catch (error) {
      if (!(error instanceof ItemNotFoundError)) throw error;
    }
  }
  try {
    return await services.personal.create(partition, parsed.kind, data, dedupeKey(caller, message, parsed.kind, slot));
  } catch (error) {
    if (!(error instanceof ItemNotFoundError)) throw error;
    return services.personal.create(partition, parsed.kind, data);
  }
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Friday 6 March 2026": unambiguous whatever the reader's locale. */
function humanDate(date: string): string {
  const parts = dateFormat.formatToParts(new Date(`${date}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

function confirmation(parsed: ParsedInput, record: StoredRecord): string {
  if (parsed.kind === 'commitment') {
    const item = toItem(commitmentSchema, record);
    const due = item.dueDate === undefined ? '' : `, due ${humanDate(item.dueDate)}`;
    const to = item.toWhom === '' ? '' : ` to ${item.toWhom}`;
    return `Logged in Upward as a commitment${to}: "${item.title}"${due}. You'll find it in Upward's Commitments.`;
  }
  const item = toItem(winSchema, record);
  return `Logged in Upward as a win: "${item.title}" (${humanDate(item.date)}). You'll find it in Upward's Wins.`;
}

async function goalExists(services: Services, caller: Caller, goalId: string): Promise<boolean> {
  try {
    await services.personal.get(personalPartition(caller), 'goal', goalId);
    return true;
  } catch (error) {
    if (error instanceof ItemNotFoundError) return false;
    throw error;
  }
}

/**
 * `composeExtension/submitAction`: validates the form with the shared contract and stores the
 * item with its source message. Invalid input re-shows the form with each error next to its
 * field and stores nothing; a retried submission returns the first item.
 */
export async function submitLogItem(services: Services, activity: TeamsActivity, rawValue: unknown): Promise<ActionReply> {
  const value = commandValue(rawValue);
  if (typeof value === 'string') return { type: 'message', text: value };
  const caller = callerOf(services, activity);
  if (typeof caller === 'string') return { type: 'message', text: caller };
  const submitted = submittedForm(value.data);
  const message = loggedMessage(activity, value.messagePayload, submitted.context);
  if (message === undefined) return { type: 'message', text: NOT_A_MESSAGE };
  const { form } = submitted;

  const reshow = async (errors: Partial<Record<FormField, string>>): Promise<ActionReply> => {
    let goals: { id: string; title: string }[] = [];
    try {
      goals = await activeGoals(services, caller);
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
    }
    return formReply(form, message, goals, errors);
  };

  if (!submitted.kindChosen) return reshow({ kind: 'Choose commitment or win.' });
  const parsed = parseInput(form, message);
  if (!('input' in parsed)) return reshow(parsed);
  try {
    if (parsed.kind === 'win' && parsed.input.goalId !== undefined && !(await goalExists(services, caller, parsed.input.goalId))) {
      return await reshow({ goalId: 'No such goal.' });
    }
    const record = await storeOnce(services, caller, message, parsed);
    return { type: 'message', text: confirmation(parsed, record) };
  } catch (error) {
    if (error instanceof StorageUnavailableError) return reshow({ form: STORAGE_DOWN });
    throw error;
  }
}
