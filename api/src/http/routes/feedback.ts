import { utcDateOf } from '../../domain/calendarDates';
import { actOnFeedback, feedback, loadFeedbackSummary, saveAgendaFeedback, tellWhatChanged } from '../../app/feedback';
import { agendaItemSchema } from '../../domain/oneOnOne';
import {
  actOnFeedbackInputSchema,
  agendaFeedbackInputSchema,
  feedbackEntrySchema,
  feedbackInputSchema,
  feedbackSchema,
  feedbackSummaryQuerySchema,
  feedbackSummarySchema,
  tellWhatChangedInputSchema,
} from '../../domain/feedback';
import { parseBody, requireIfMatch, validate } from '../body';
import { idempotencyKeyHeader } from '../idempotency';
import type { UserRoute } from '../types';
import { itemIdParam, openChat } from './chatsAccess';
import { personalItemRoutes } from './personalItems';

/** `GET /me/feedback/summary`: the Feedback screen and its figure. Only the tab knows the caller's calendar date (`?today=`); UTC's otherwise. */
const summaryRoute: UserRoute = {
  method: 'GET',
  path: '/me/feedback/summary',
  name: 'get-feedback-summary',
  summary: 'My feedback, newest received first, each with its status and the commitments made for it, and how much I acted on in the last 180 days (with the median days from received to acted on). Private to me.',
  auth: 'user',
  query: feedbackSummaryQuerySchema,
  responseBody: feedbackSummarySchema,
  async handle(context) {
    const query = validate(feedbackSummaryQuerySchema, Object.fromEntries(context.request.query));
    return { status: 200, body: await loadFeedbackSummary(context.services, context.caller, query.today ?? utcDateOf()) };
  },
};

/** `POST /me/feedback/{id}/commitments`: act on feedback. */
const actRoute: UserRoute = {
  method: 'POST',
  path: '/me/feedback/{id}/commitments',
  name: 'act-on-feedback',
  summary: 'Turn feedback into one or more commitments, linked both ways. Requires the feedback\'s If-Match; a stale version gets 412 with the current feedback.',
  auth: 'user',
  requestBody: actOnFeedbackInputSchema,
  responseBody: feedbackEntrySchema,
  successStatus: 201,
  async handle(context) {
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    const input = parseBody(context.request, actOnFeedbackInputSchema);
    const entry = await actOnFeedback(context.services, context.caller, id, input, etag);
    return { status: 201, headers: { ETag: entry.feedback.etag }, body: entry };
  },
};

/** `POST /chats/{chatId}/agenda/tell-what-changed`: close the loop on acted-on feedback in the next 1:1. */
const tellRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/agenda/tell-what-changed',
  name: 'tell-what-changed',
  summary: 'For feedback I acted on, add "You suggested X; here is what I changed" to the next 1:1\'s agenda, with what changed as notes; names the giver only with nameGiver. Send an Idempotency-Key to make retries safe.',
  auth: 'user',
  requestBody: tellWhatChangedInputSchema,
  responseBody: agendaItemSchema,
  successStatus: 201,
  async handle(context) {
    const chat = await openChat(context);
    const input = parseBody(context.request, tellWhatChangedInputSchema);
    const { item } = await tellWhatChanged(context.services, context.caller, chat, input, idempotencyKeyHeader(context.request));
    return { status: 201, headers: { ETag: item.etag }, body: item };
  },
};

/** `POST /chats/{chatId}/agenda/{id}/save-as-feedback`: the employee keeps the answer to a feedback question as feedback. */
const saveRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/agenda/{id}/save-as-feedback',
  name: 'save-agenda-answer-as-feedback',
  summary: 'The employee saves what was said about a feedback question discussed in the 1:1 as their own private feedback, from the manager; the manager gets 403. Send an Idempotency-Key to make retries safe.',
  auth: 'user',
  requestBody: agendaFeedbackInputSchema,
  responseBody: feedbackSchema,
  successStatus: 201,
  async handle(context) {
    const chat = await openChat(context);
    const id = itemIdParam(context);
    const input = parseBody(context.request, agendaFeedbackInputSchema);
    const saved = await saveAgendaFeedback(context.services, context.caller, chat, id, input, idempotencyKeyHeader(context.request));
    return { status: 201, headers: { ETag: saved.etag }, body: saved };
  },
};

/** Feedback (`/me/feedback`), its summary, acting on it, and its two ways through the 1:1. */
export const feedbackRoutes: UserRoute[] = [
  summaryRoute,
  actRoute,
  tellRoute,
  saveRoute,
  ...personalItemRoutes({ label: 'feedback', plural: 'feedback', inputSchema: feedbackInputSchema, outputSchema: feedbackSchema, useCases: feedback }),
];
