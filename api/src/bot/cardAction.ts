import { z } from 'zod';
import { actOnCommitmentCard, type CardAction } from '../app/commitmentCardAction';
import { NotFoundError } from '../app/errors';
import type { Services } from '../app/services';
import { isoDateSchema } from '../domain/common';
import { personalPartition, type Caller } from '../domain/identity';
import { CARD_VERBS } from '../domain/nudges/commitmentCard';
import { COMMITMENT_NUDGES } from '../domain/nudges/commitmentNudges';
import { isTenantAllowed } from '../domain/tenants';
import { nonEmpty, tenantOf, type TeamsActivity } from './activity';
import { BOT_MESSAGES, userMessageFor } from './errors';

/** `value` of an `adaptiveCard/action` invoke from a reminder card: the verb, the card's data and the inputs Teams merged into it. */
const cardActionValueSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.enum([CARD_VERBS.markDone, CARD_VERBS.newDate]),
    data: z.object({
      commitmentId: z.string().regex(/^[0-9A-Za-z]{1,64}$/),
      nudge: z.enum(COMMITMENT_NUDGES),
      newDueDate: isoDateSchema.optional(),
    }),
  }),
});

/** What the bot answers an `adaptiveCard/action` with: the refreshed card, or a card that says why not. */
export interface CardActionReply {
  readonly statusCode: 200;
  readonly type: 'application/vnd.microsoft.card.adaptive';
  readonly value: Record<string, unknown>;
}

/** A card as the answer to an `adaptiveCard/action`, so Teams replaces the pressed card with it. */
export const card = (value: Record<string, unknown>): CardActionReply => ({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value });

/** A refusal as a card in place of the reminder, so Teams shows it where the user pressed. */
export const message = (text: string): CardActionReply => card({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text, wrap: true }] });

/** The presser of a card, from the authenticated activity; undefined for someone without an Entra id or from a tenant not allowed. */
export function callerOf(services: Services, activity: TeamsActivity): Caller | undefined {
  const objectId = nonEmpty(activity.from?.aadObjectId)?.toLowerCase();
  const tenantId = tenantOf(activity)?.toLowerCase();
  if (objectId === undefined || tenantId === undefined || !isTenantAllowed(services.config.auth.allowedTenants, tenantId)) return undefined;
  const caller: Caller = { tenantId, objectId, name: nonEmpty(activity.from?.name) ?? '' };
  try {
    personalPartition(caller);
  } catch {
    return undefined;
  }
  return caller;
}

/** Mark done / New date from a reminder card, validated, answered with the card as the commitment now stands. */
export async function answerCardAction(services: Services, activity: TeamsActivity, rawValue: unknown, now: Date): Promise<CardActionReply> {
  const parsed = cardActionValueSchema.safeParse(rawValue);
  if (!parsed.success) return message(BOT_MESSAGES.unreadable);
  const caller = callerOf(services, activity);
  if (caller === undefined) return message(BOT_MESSAGES.unknownCaller);
  const { verb, data } = parsed.data.action;
  let action: CardAction;
  if (verb === CARD_VERBS.markDone) action = { verb: 'markDone', commitmentId: data.commitmentId, nudge: data.nudge };
  else if (data.newDueDate === undefined) return message('Pick the new date first.');
  else action = { verb: 'newDate', commitmentId: data.commitmentId, nudge: data.nudge, newDueDate: data.newDueDate };
  try {
    return card(await actOnCommitmentCard(services, caller, action, now));
  } catch (error) {
    if (error instanceof NotFoundError) return message('This commitment is no longer in Upward.');
    const text = userMessageFor(error);
    if (text === undefined) throw error;
    return message(text);
  }
}
