import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError } from '../app/errors';
import { addTalkingPointFromCard } from '../app/oneOnOneCardAction';
import type { Services } from '../app/services';
import { chatIdSchema } from '../domain/chat';
import { isoDateSchema } from '../domain/common';
import { agendaItemInputSchema } from '../domain/oneOnOne';
import { ONE_ON_ONE_VERBS, TALKING_POINT_INPUT } from '../domain/nudges/recurringCards';
import { nonEmpty, type TeamsActivity } from './activity';
import { callerOf, card, message, type CardActionReply } from './cardAction';
import { BOT_MESSAGES, userMessageFor } from './errors';

/** `value` of an `adaptiveCard/action` invoke from a "1:1 tomorrow" card: the chat and 1:1 in the card's data, the typed point merged in by Teams. */
const oneOnOneActionSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.literal(ONE_ON_ONE_VERBS.addTalkingPoint),
    data: z.object({ chatId: chatIdSchema, meetingDate: isoDateSchema, [TALKING_POINT_INPUT]: z.string().optional() }),
  }),
});

/** Whether an invoke's value is meant for a "1:1 tomorrow" card (its verb says so), to route it here. */
export function isOneOnOneAction(rawValue: unknown): boolean {
  const verb = z.object({ action: z.object({ verb: z.string() }) }).safeParse(rawValue);
  return verb.success && verb.data.action.verb.startsWith('oneOnOne.');
}

/**
 * "Add talking point" on a "1:1 tomorrow" card in the user's personal chat: the point goes on
 * the chat's agenda for a member of that chat only, and the card comes back showing it.
 */
export async function answerOneOnOneAction(services: Services, activity: TeamsActivity, rawValue: unknown): Promise<CardActionReply> {
  const parsed = oneOnOneActionSchema.safeParse(rawValue);
  if (!parsed.success) return message(BOT_MESSAGES.unreadable);
  const caller = callerOf(services, activity);
  if (caller === undefined) return message(BOT_MESSAGES.unknownCaller);
  const { data } = parsed.data.action;
  const point = agendaItemInputSchema.safeParse({ title: data[TALKING_POINT_INPUT] ?? '' });
  if (!point.success) return message('Type the talking point first (at most 200 characters).');
  const activityId = nonEmpty(activity.id);
  const idempotencyKey = activityId === undefined ? undefined : `card_${createHash('sha256').update(activityId).digest('base64url').slice(0, 32)}`;
  try {
    return card(await addTalkingPointFromCard(services, caller, { chatId: data.chatId, meetingDate: data.meetingDate, point: point.data, idempotencyKey }));
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return message('Only the people in this 1:1 can add to its agenda.');
    if (error instanceof ConflictError) return message('The agenda is full or busy right now: open the 1:1 tab to make room.');
    const text = userMessageFor(error);
    if (text === undefined) throw error;
    return message(text);
  }
}
