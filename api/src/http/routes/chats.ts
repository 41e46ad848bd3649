import { utcDateOf } from '../../domain/calendarDates';
import { createHash } from 'node:crypto';
import { loadSpace } from '../../app/chatSpace';
import { addComment } from '../../app/comments';
import { commitmentCommentInputSchema, commitmentCommentSchema, oneOnOneSpaceSchema, spaceQuerySchema } from '../../domain/oneOnOne';
import { parseBody, validate } from '../body';
import { idempotencyKeyHeader } from '../idempotency';
import type { UserRoute } from '../types';
import { chatIdParam, openChat } from './chatsAccess';
import { agendaRoutes } from './chatsAgenda';
import { recordRoutes } from './chatsRecords';
import { settingsRoutes } from './chatsSettings';
import { tableRoutes } from './chatsTable';
import { headsUpRoutes } from './chatsHeadsUps';

/** A strong validator for a serialised response body, so a polling page gets 304 while nothing changed. */
function bodyEtag(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
}

const spaceRoute: UserRoute = {
  method: 'GET',
  path: '/chats/{chatId}/space',
  name: 'get-chat-space',
  summary:
    'The shared 1:1 tab in one call: members, the agenda in order, shared commitments with comments, shared wins since the last 1:1, recent 1:1s and the question bank. Only chat members; only items their owners shared. Carries an ETag: poll with If-None-Match to get 304 while nothing changed. `today` (YYYY-MM-DD, the viewer\'s date) sets the overdue flags.',
  auth: 'user',
  query: spaceQuerySchema,
  responseBody: oneOnOneSpaceSchema,
  async handle(context) {
    const chatId = chatIdParam(context);
    const query = spaceQuerySchema.safeParse(Object.fromEntries(context.request.query));
    const today = (query.success ? query.data.today : undefined) ?? utcDateOf();
    const space = await loadSpace(context.services, context.caller, chatId, today);
    // The query is judged only once the caller is known to be a member: outsiders learn nothing but 403/404.
    if (!query.success) validate(spaceQuerySchema, Object.fromEntries(context.request.query));
    // Serialised once: the same text is hashed for the ETag and sent.
    const text = JSON.stringify(space);
    const etag = bodyEtag(text);
    const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' };
    if (context.request.headers.get('if-none-match') === etag) return { status: 304, headers };
    return { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' }, body: text };
  },
};

const commentRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/comments',
  name: 'add-commitment-comment',
  summary:
    'Comment on a commitment shared in this 1:1. Only commitments their owner shared can be commented on (anything else is 404). Send an Idempotency-Key to make retries safe.',
  auth: 'user',
  requestBody: commitmentCommentInputSchema,
  responseBody: commitmentCommentSchema,
  successStatus: 201,
  async handle(context) {
    const chat = await openChat(context);
    const input = parseBody(context.request, commitmentCommentInputSchema);
    const comment = await addComment(context.services, context.caller, chat, input, idempotencyKeyHeader(context.request));
    return { status: 201, headers: { ETag: comment.etag }, body: comment };
  },
};

/** The shared 1:1 space of a chat, served only to the chat's members. */
export const chatRoutes: UserRoute[] = [spaceRoute, ...agendaRoutes, commentRoute, ...recordRoutes, ...settingsRoutes, ...tableRoutes, ...headsUpRoutes];
