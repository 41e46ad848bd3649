import { utcDateOf } from '../../domain/calendarDates';
import { decideHeadsUp, postHeadsUpCardLater, raiseHeadsUp, toHeadsUp } from '../../app/headsUps';
import { ConflictError } from '../../app/errors';
import { decisionChoiceSchema, headsUpInputSchema, headsUpSchema, type HeadsUpData } from '../../domain/headsUps/headsUp';
import { parseBody } from '../body';
import { idempotencyKeyHeader } from '../idempotency';
import type { UserRoute } from '../types';
import { itemIdParam, openChat } from './chatsAccess';

const raiseRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/heads-ups',
  name: 'raise-heads-up',
  summary:
    'The employee raises a problem early: the risk, by when, what it affects, two to five options with their cost, the recommended one and a decide-by date. Stored in the chat; the bot posts a card in the chat where the manager decides. Only the employee (by the roles of the 1:1; 403 otherwise, 409 roles_not_set before roles are set). Send an Idempotency-Key to make retries safe.',
  auth: 'user',
  requestBody: headsUpInputSchema,
  responseBody: headsUpSchema,
  successStatus: 201,
  async handle(context) {
    const chat = await openChat(context);
    const input = parseBody(context.request, headsUpInputSchema);
    const headsUp = await raiseHeadsUp(context.services, context.caller, chat, input, idempotencyKeyHeader(context.request), utcDateOf());
    return { status: 201, headers: { ETag: headsUp.etag }, body: headsUp };
  },
};

const decideRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/heads-ups/{id}/decision',
  name: 'decide-heads-up',
  summary:
    'The manager decides a heads-up: one of its options (optionally adding it to the employee\'s commitments) or "let\'s talk". Decided once: a heads-up already decided, from the card or the tab, gets 409 already_decided. Only the manager (403 otherwise). The card in the chat is updated to show the decision.',
  auth: 'user',
  requestBody: decisionChoiceSchema,
  responseBody: headsUpSchema,
  async handle(context) {
    const chat = await openChat(context);
    const id = itemIdParam(context);
    const choice = parseBody(context.request, decisionChoiceSchema);
    const result = await decideHeadsUp(context.services, context.caller, chat, id, choice, new Date(), 'tab');
    if (result.outcome === 'already-decided') {
      const by = (result.record.data as HeadsUpData).decision?.by.name ?? '';
      throw new ConflictError('already_decided', 'This heads-up is already decided.', `${by} decided it already. Reload to see the decision.`);
    }
    const headsUp = toHeadsUp(result.record, utcDateOf());
    return { status: 200, headers: { ETag: headsUp.etag }, body: headsUp };
  },
};

const postCardRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/heads-ups/{id}/card',
  name: 'post-heads-up-card',
  summary:
    'The employee posts the card of a heads-up that has none in the chat yet (cardPosted: false, because the bot was not in the chat or Teams refused when it was raised); a decided one gets the decided card. Already posted: 200 and nothing is posted again. Only the employee (403 otherwise). 409 bot_not_in_chat until Upward is added to the chat, 409 card_being_posted while another request posts it, 503 teams_unavailable with Retry-After when Teams does not take it; the heads-up is unchanged then.',
  auth: 'user',
  responseBody: headsUpSchema,
  async handle(context) {
    const chat = await openChat(context);
    const now = new Date();
    const headsUp = toHeadsUp(await postHeadsUpCardLater(context.services, context.caller, chat, itemIdParam(context), now), utcDateOf(now));
    return { status: 200, headers: { ETag: headsUp.etag }, body: headsUp };
  },
};

/** Heads-ups in the 1:1: raised by the employee, decided by the manager, their card posted later when it could not be at first. */
export const headsUpRoutes: UserRoute[] = [raiseRoute, decideRoute, postCardRoute];
