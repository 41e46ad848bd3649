import { answerGoalHelp } from '../../app/goalHelp';
import { createAction, setActionStatus } from '../../app/oneOnOneActions';
import { goalHelpInputSchema, goalHelpSchema } from '../../domain/goalHelp';
import { actionInputSchema, actionResultSchema, actionStatusInputSchema, managerActionSchema } from '../../domain/oneOnOneShared';
import { parseBody, requireIfMatch } from '../body';
import { idempotencyKeyHeader } from '../idempotency';
import type { UserRoute } from '../types';
import { itemIdParam, openChat } from './chatsAccess';

const goalHelpRoute: UserRoute = {
  method: 'PUT',
  path: '/chats/{chatId}/goals/{id}/help',
  name: 'answer-goal-help',
  summary:
    'Answer "How I can help" on a goal another member shared in this 1:1; the answer shows on their goal in their own tab. Changing an answer needs If-Match with its etag. A goal that is not shared (or not theirs, or not there) is 404.',
  auth: 'user',
  requestBody: goalHelpInputSchema,
  responseBody: goalHelpSchema,
  async handle(context) {
    const chat = await openChat(context);
    const goalId = itemIdParam(context);
    const input = parseBody(context.request, goalHelpInputSchema);
    const etag = context.request.headers.get('if-match') === null ? undefined : requireIfMatch(context.request);
    const help = await answerGoalHelp(context.services, context.caller, chat, goalId, input, etag);
    return { status: 200, headers: { ETag: help.etag }, body: help };
  },
};

const createActionRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/actions',
  name: 'create-one-on-one-action',
  summary:
    "Turn an outcome of a talking point into a commitment of either member, with an optional due date. The employee's goes to their own commitments, shared in the 1:1; the manager's is listed as what the manager offered. Send an Idempotency-Key to make retries safe.",
  auth: 'user',
  requestBody: actionInputSchema,
  responseBody: actionResultSchema,
  successStatus: 201,
  async handle(context) {
    const chat = await openChat(context);
    const input = parseBody(context.request, actionInputSchema);
    const key = idempotencyKeyHeader(context.request);
    return { status: 201, body: await createAction(context.services, context.caller, chat, input, key) };
  },
};

const actionStatusRoute: UserRoute = {
  method: 'PUT',
  path: '/chats/{chatId}/actions/{id}',
  name: 'set-one-on-one-action-status',
  summary: "Mark what the manager offered done (with the day) or open again. Either member may. Requires If-Match; a stale version gets 412 with the current one.",
  auth: 'user',
  requestBody: actionStatusInputSchema,
  responseBody: managerActionSchema,
  async handle(context) {
    const chat = await openChat(context);
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    const input = parseBody(context.request, actionStatusInputSchema);
    const action = await setActionStatus(context.services, context.caller, chat, id, input, etag);
    return { status: 200, headers: { ETag: action.etag }, body: action };
  },
};

/** Goals on the table and actions agreed in a 1:1: only for the chat's members. */
export const tableRoutes: UserRoute[] = [goalHelpRoute, createActionRoute, actionStatusRoute];
