import { personalPartition } from '../../domain/identity';
import { commitmentCommentInputSchema, commitmentCommentSchema, MAX_SHARING_MEMBERS, oneOnOneSpaceSchema, spaceQuerySchema, type CommitmentCommentData } from '../../domain/oneOnOne';
import { ItemNotFoundError } from '../../store/errors';
import { chatPartition } from '../../store/rosterStore';
import { parseBody, validate } from '../body';
import { notFound } from '../errors';
import type { UserRoute, UserRouteContext } from '../types';
import { callerPerson, chatIdParam, idempotencyKeyHeader, openChat } from './chatsAccess';
import { agendaRoutes } from './chatsAgenda';
import { recordRoutes } from './chatsClose';
import { bodyEtag, KINDS, loadSpace } from './chatsSpace';
import { tableRoutes } from './chatsTable';

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
    const today = (query.success ? query.data.today : undefined) ?? new Date().toISOString().slice(0, 10);
    const space = await loadSpace(context.services, context.caller, chatId, chatPartition(chatId), today);
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

/** The commitment a comment is about must be one the space shows: shared by a member of this (1:1-sized) chat. */
async function sharedCommitmentExists(context: UserRouteContext, chatId: string, ownerObjectId: string, commitmentId: string): Promise<boolean> {
  const members = await context.services.rosters.members(chatId);
  if (members.length > MAX_SHARING_MEMBERS || !members.some((member) => member.objectId === ownerObjectId)) return false;
  try {
    const record = await context.services.personal.get(personalPartition({ tenantId: context.caller.tenantId, objectId: ownerObjectId }), 'commitment', commitmentId);
    return record.data.sharedInOneOnOne === true;
  } catch (error) {
    if (error instanceof ItemNotFoundError) return false;
    throw error;
  }
}

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
    const { chatId, partition } = await openChat(context);
    const input = parseBody(context.request, commitmentCommentInputSchema);
    const key = idempotencyKeyHeader(context);
    // Whether someone else's unshared commitment exists is not this caller's business: same 404 either way.
    if (!(await sharedCommitmentExists(context, chatId, input.ownerObjectId, input.commitmentId))) throw notFound();
    const data: CommitmentCommentData = { ...input, author: callerPerson(context) };
    const record = await context.services.shared.create(partition, KINDS.comment, data, key);
    const comment = commitmentCommentSchema.parse({ ...record.data, id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt, etag: record.etag });
    return { status: 201, headers: { ETag: comment.etag }, body: comment };
  },
};

/** The shared 1:1 space of a chat, served only to the chat's members. */
export const chatRoutes: UserRoute[] = [spaceRoute, ...agendaRoutes, commentRoute, ...recordRoutes, ...tableRoutes];
