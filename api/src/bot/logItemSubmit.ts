import { z } from 'zod';
import { commitmentInputSchema, commitmentSchema, type CommitmentInput } from '../domain/commitments';
import { personalPartition, type Caller } from '../domain/identity';
import type { LoggedKind } from '../domain/messages/guessKind';
import { toFieldErrors, type FieldError } from '../domain/problems';
import { winInputSchema, winSchema, type WinInput } from '../domain/wins';
import { toItem } from '../http/routes/personalItems';
import type { Services } from '../http/services';
import { ItemNotFoundError, StorageUnavailableError, type StoredRecord } from '../store/errors';
import type { TeamsActivity } from './activity';
import { SUBMIT_MARKER, type FormField, type LogItemForm } from './logItemCard';
import { activeGoals, formReply, NOT_A_MESSAGE, openInvoke, STORAGE_DOWN, type ActionReply } from './logItem';
import { loggedMessage, sourceOf, type LoggedMessage } from './loggedMessage';

/**
 * Teams retries an invoke it thinks timed out, and people double-submit. A repeat of the same
 * log (same person, same chat message, same kind) returns the first item when it comes in the
 * same 10-minute UTC slot as the first, or within 2 minutes of it; later, it makes a new item.
 */
export const DEDUPE_SLOT_MS = 10 * 60_000;
/** Repeats this soon after the first are caught even across a slot boundary. */
export const DEDUPE_GRACE_MS = 2 * 60_000;

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
  const opened = openInvoke(services, activity, rawValue);
  if (typeof opened === 'string') return { type: 'message', text: opened };
  const { value, caller } = opened;
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
