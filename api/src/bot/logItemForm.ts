import { counterpartIn } from '../app/logFromMessage';
import { currentManager } from '../app/insightFromMessage';
import { activeGoals } from '../app/overview';
import type { Services } from '../app/services';
import { LIMITS } from '../domain/common';
import { parseDueDate } from '../domain/messages/dueDate';
import { guessKind } from '../domain/messages/guessKind';
import { guessProfileField } from '../domain/messages/guessProfileField';
import { nonEmpty, timeZoneOf, type TeamsActivity } from './activity';
import type { LogItemForm } from './logItemCard';
import { BOT_MESSAGES, userMessageFor } from './errors';
import { formReply, openInvoke, type ActionReply } from './logItem';
import { clip, dayIn, loggedMessage, referenceTimeOf } from './loggedMessage';

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
 * As an insight, the field is guessed from the words and the text is the message's; as
 * feedback, the giver is the author (when someone else wrote it) and the text is the message's.
 */
export async function fetchLogItemForm(services: Services, activity: TeamsActivity, rawValue: unknown): Promise<ActionReply> {
  const opened = openInvoke(services, activity, rawValue);
  if (typeof opened === 'string') return { type: 'message', text: opened };
  const { value, caller } = opened;
  const message = loggedMessage(activity, value.messagePayload, {});
  if (message === undefined) return { type: 'message', text: BOT_MESSAGES.notAMessage };

  const timeZone = timeZoneOf(activity);
  const reference = referenceTimeOf(message, new Date());
  // Teams names the author by Entra object id; the Agents Playground by the user's Teams id.
  const loggerIds = [caller.objectId, nonEmpty(activity.from?.id)?.toLowerCase()];
  const writtenBySelf = message.authorId !== undefined && loggerIds.includes(message.authorId);
  const writtenByOther = message.authorId !== undefined && !writtenBySelf;
  // A promise that opens by mentioning someone else was made to them; a mention of the logger says nothing new.
  const addressee = message.addressee !== undefined && !loggerIds.includes(message.addressee.id) ? message.addressee.name : undefined;
  const form: Omit<LogItemForm, 'toWhom' | 'managerName' | 'giver'> = {
    kind: guessKind({ text: message.text, authorAadObjectId: writtenBySelf ? caller.objectId : message.authorId, loggerAadObjectId: caller.objectId }),
    title: message.title,
    details: clip(message.text, LIMITS.text),
    dueDate: parseDueDate(message.text, reference, timeZone, localeOf(activity)) ?? '',
    impact: '',
    winDate: dayIn(reference, timeZone),
    goalId: '',
    shared: false,
    field: guessProfileField(message.text),
    insightText: clip(message.text, LIMITS.text),
    feedbackText: clip(message.text, LIMITS.text),
  };
  try {
    // All reads at once: Teams waits on this answer.
    const [counterpart, goals, manager] = await Promise.all([
      counterpartIn(services, message.conversationId, caller),
      activeGoals(services, caller),
      currentManager(services, caller),
    ]);
    const toWhom = addressee ?? (writtenByOther ? (message.authorName ?? '') : counterpart);
    // With no profile yet, the other person of my 1:1 chat is the likely manager to start one for.
    // Feedback comes from whoever wrote the message, when that is someone else.
    const giver = writtenByOther ? (message.authorName ?? '') : '';
    return formReply({ ...form, toWhom, managerName: counterpart, giver }, message, { goals, manager });
  } catch (error) {
    const text = userMessageFor(error);
    if (text === undefined) throw error;
    return { type: 'message', text };
  }
}
