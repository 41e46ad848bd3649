import { answerGoalHelp, toGoalHelp } from '../../app/goalHelp';
import { createAction, setActionStatus, toManagerAction } from '../../app/oneOnOneActions';
import { goalHelpInputSchema, goalHelpSchema } from '../../domain/goalHelp';
import { actionInputSchema, actionResultSchema, actionStatusInputSchema, managerActionSchema } from '../../domain/oneOnOneShared';
import { VersionConflictError, type StoredRecord } from '../../store/errors';
import { parseBody, requireIfMatch } from '../body';
import { HttpError, invalidBody, versionConflict } from '../errors';
import type { UserRoute } from '../types';
import { idempotencyKeyHeader, itemIdParam, openChat } from './chatsAccess';

/** Runs a write; a version conflict becomes a 412 carrying the current row in contract shape. */
async function conflictAs<T>(shape: (record: StoredRecord) => unknown, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof VersionConflictError) throw versionConflict(error.current === undefined ? undefined : shape(error.current));
    throw error;
  }
}

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
    const { chatId } = await openChat(context);
    const goalId = itemIdParam(context);
    const input = parseBody(context.request, goalHelpInputSchema);
    const etag = context.request.headers.get('if-match')?.trim() || undefined;
    const answer = await conflictAs(toGoalHelp, () => answerGoalHelp(context.services, context.caller, chatId, goalId, input, etag));
    if (answer.outcome === 'own-goal') {
      throw new HttpError(403, 'own_goal', 'Only the other person in the 1:1 answers “How I can help” on your goal.');
    }
    return { status: 200, headers: { ETag: answer.help.etag }, body: answer.help };
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
    const made = await createAction(context.services, context.caller, chat, input, idempotencyKeyHeader(context));
    if (made.outcome === 'not-one-on-one') {
      throw new HttpError(409, 'not_one_on_one', 'Actions are agreed between the two people of a 1:1.', { detail: 'This chat does not have exactly two members.' });
    }
    if (made.outcome === 'owner-not-member') throw invalidBody([{ path: 'ownerObjectId', message: 'Pick one of the two people in this 1:1.' }]);
    return { status: 201, body: made.result };
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
    const { chatId } = await openChat(context);
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    const input = parseBody(context.request, actionStatusInputSchema);
    const action = await conflictAs(toManagerAction, () => setActionStatus(context.services, context.caller, chatId, id, input, etag));
    return { status: 200, headers: { ETag: action.etag }, body: action };
  },
};

/** Goals on the table and actions agreed in a 1:1: only for the chat's members. */
export const tableRoutes: UserRoute[] = [goalHelpRoute, createActionRoute, actionStatusRoute];
