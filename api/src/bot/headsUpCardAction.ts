import { utcDateOf } from '../domain/calendarDates';
import { z } from 'zod';
import { openChat, type OpenChat } from '../app/chatAccess';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../app/errors';
import { deciderName, decideHeadsUp, headsUpCardFor, readHeadsUp } from '../app/headsUps';
import type { Services } from '../app/services';
import { chatIdSchema } from '../domain/chat';
import { idSchema } from '../domain/common';
import type { DecisionChoice } from '../domain/headsUps/headsUp';
import { HEADS_UP_VERBS } from '../domain/headsUps/headsUpCard';
import { nonEmpty, type TeamsActivity } from './activity';
import { BOT_MESSAGES, userMessageFor } from './errors';
import { callerOf, card, message, type CardActionReply } from './cardAction';

/**
 * `value` of an `adaptiveCard/action` invoke from a heads-up card: the verb, the card's data
 * and the toggle Teams merges into it (Input.Toggle sends its `valueOn`/`valueOff` strings).
 */
const headsUpActionSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.enum([HEADS_UP_VERBS.decide, HEADS_UP_VERBS.talk, HEADS_UP_VERBS.refresh]),
    data: z.object({
      headsUpId: idSchema,
      option: z.number().int().min(0).max(20).optional(),
      createCommitment: z.enum(['true', 'false']).optional(),
    }),
  }),
});

/** Whether an invoke's value is meant for a heads-up card (its verb says so), to route it here. */
export function isHeadsUpAction(rawValue: unknown): boolean {
  const verb = z.object({ action: z.object({ verb: z.string() }) }).safeParse(rawValue);
  return verb.success && verb.data.action.verb.startsWith('headsUp.');
}


/**
 * A press on a heads-up card in a 1:1 chat, or the card's refresh. Only a member of the chat
 * gets the card at all; the manager's press decides once; anyone else, a stale card or a
 * retried invoke gets the card as the heads-up now stands.
 */
export async function answerHeadsUpAction(services: Services, activity: TeamsActivity, rawValue: unknown, now: Date): Promise<CardActionReply> {
  const parsed = headsUpActionSchema.safeParse(rawValue);
  if (!parsed.success) return message(BOT_MESSAGES.unreadable);
  const caller = callerOf(services, activity);
  if (caller === undefined) return message(BOT_MESSAGES.unknownCaller);
  const chatId = chatIdSchema.safeParse(nonEmpty(activity.conversation?.id));
  if (!chatId.success) return message(BOT_MESSAGES.unreadable);
  const { verb, data } = parsed.data.action;
  let chat: OpenChat;
  try {
    chat = await openChat(services, caller, chatId.data);
    if (verb === HEADS_UP_VERBS.refresh) return card(await headsUpCardFor(services, chat, await readHeadsUp(services, chat, data.headsUpId), utcDateOf(now)));
    let choice: DecisionChoice;
    if (verb === HEADS_UP_VERBS.talk) choice = { choice: 'talk' };
    else if (data.option === undefined) return message(BOT_MESSAGES.unreadable);
    else choice = { choice: 'option', option: data.option, createCommitment: data.createCommitment === 'true' };
    try {
      const { record } = await decideHeadsUp(services, caller, chat, data.headsUpId, choice, now, 'card');
      return card(await headsUpCardFor(services, chat, record, utcDateOf(now)));
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      // A member who is not the manager: the card as it stands, saying who decides.
      const name = (await deciderName(services, chat)) ?? 'the manager';
      return card(await headsUpCardFor(services, chat, await readHeadsUp(services, chat, data.headsUpId), utcDateOf(now), `Only ${name} decides this heads-up.`));
    }
  } catch (error) {
    if (error instanceof ForbiddenError) return message('Only members of this chat can act on this heads-up.');
    if (error instanceof NotFoundError) return message('This heads-up is no longer in Upward.');
    if (error instanceof InvalidInputError) return message('Pick one of the options on the card.');
    if (error instanceof ConflictError) return message(error.detail ?? error.title);
    const text = userMessageFor(error);
    if (text === undefined) throw error;
    return message(text);
  }
}
