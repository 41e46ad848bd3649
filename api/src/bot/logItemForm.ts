import { counterpartIn } from '../app/logFromMessage';
import { activeGoals } from '../app/overview';
import type { Services } from '../app/services';
import { LIMITS } from '../domain/common';
import { calendarDateIn, parseDueDate } from '../domain/messages/dueDate';
import { guessKind } from '../domain/messages/guessKind';
import { nonEmpty, timeZoneOf, type TeamsActivity } from './activity';
import type { LogItemForm } from './logItemCard';
import { BOT_MESSAGES, userMessageFor } from './errors';
import { formReply, openInvoke, type ActionReply } from './logItem';
import { clip, loggedMessage } from './loggedMessage';

/** The language the user writes in, as Teams tags it ("de-DE"): the activity's `locale`. */
function localeOf(activity: TeamsActivity): string | undefined {
  return typeof activity.locale === 'string' ? activity.locale : undefined;
}

/**
 * `composeExtension/fetchTask`: the form, filled from the message. The kind is guessed from
 * the text and who wrote it; the due date is read from the text relative to when the message
 * was sent, in the user's time zone and language; "to whom" is the person the message opens by
 * mentioning, else the author when someone else wrote it, and
 * the other person of the 1:1 (see app/logFromMessage.ts) when the user wrote it themself.
 */
export async function fetchLogItemForm(services: Services, activity: TeamsActivity, rawValue: unknown): Promise<ActionReply> {
  const opened = openInvoke(services, activity, rawValue);
  if (typeof opened === 'string') return { type: 'message', text: opened };
  const { value, caller } = opened;
  const message = loggedMessage(activity, value.messagePayload, {});
  if (message === undefined) return { type: 'message', text: BOT_MESSAGES.notAMessage };

  const timeZone = timeZoneOf(activity);
  const now = new Date();
  // "Tomorrow" in a message means the day after it was sent, not the day after it was logged.
  const reference = message.sentAt !== undefined && message.sentAt < now ? message.sentAt : now;
  // Teams names the author by Entra object id; the Agents Playground by the user's Teams id.
  const loggerIds = [caller.objectId, nonEmpty(activity.from?.id)?.toLowerCase()];
  const writtenBySelf = message.authorId !== undefined && loggerIds.includes(message.authorId);
  const writtenByOther = message.authorId !== undefined && !writtenBySelf;
  // A promise that opens by mentioning someone else was made to them; a mention of the logger says nothing new.
  const addressee = message.addressee !== undefined && !loggerIds.includes(message.addressee.id) ? message.addressee.name : undefined;
  const form: Omit<LogItemForm, 'toWhom'> = {
    kind: guessKind({ text: message.text, authorAadObjectId: writtenBySelf ? caller.objectId : message.authorId, loggerAadObjectId: caller.objectId }),
    title: message.title,
    details: clip(message.text, LIMITS.text),
    dueDate: parseDueDate(message.text, reference, timeZone, localeOf(activity)) ?? '',
    impact: '',
    winDate: calendarDateIn(reference, timeZone) ?? reference.toISOString().slice(0, 10),
    goalId: '',
    shared: false,
  };
  try {
    // Both reads at once: Teams waits on this answer.
    const [toWhom, goals] = await Promise.all([
      addressee ?? (writtenByOther ? (message.authorName ?? '') : counterpartIn(services, message.conversationId, caller)),
      activeGoals(services, caller),
    ]);
    return formReply({ ...form, toWhom }, message, goals);
  } catch (error) {
    const text = userMessageFor(error);
    if (text === undefined) throw error;
    return { type: 'message', text };
  }
}
