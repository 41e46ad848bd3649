import { closeOneOnOne, getRecord, listRecords } from '../../app/closeOneOnOne';
import { undoClose } from '../../app/closeUndo';
import { listQueryOf } from '../../domain/common';
import { agendaSchema, closeOneOnOneInputSchema, closeOneOnOneResultSchema, oneOnOneRecordSchema, recordPageSchema } from '../../domain/oneOnOne';
import { parseBody, validate } from '../body';
import { idempotencyKeyHeader } from '../idempotency';
import type { UserRoute } from '../types';
import { itemIdParam, openChat } from './chatsAccess';

const recordsQuerySchema = listQueryOf(20, 50);

const closeRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/close',
  name: 'close-one-on-one',
  summary:
    'Close the 1:1: the agenda becomes a dated record and every item not discussed carries over, marked. Requires an Idempotency-Key (a retry returns the same record) and the agendaVersion the closer saw (a changed agenda gets 412 with the current one). Atomic.',
  auth: 'user',
  requestBody: closeOneOnOneInputSchema,
  responseBody: closeOneOnOneResultSchema,
  successStatus: 201,
  async handle(context) {
    const chat = await openChat(context);
    const key = idempotencyKeyHeader(context.request, 'required');
    const input = parseBody(context.request, closeOneOnOneInputSchema);
    return { status: 201, body: await closeOneOnOne(context.services, context.caller, chat, input, key) };
  },
};

const listRecordsRoute: UserRoute = {
  method: 'GET',
  path: '/chats/{chatId}/records',
  name: 'list-one-on-one-records',
  summary: 'Past 1:1s of this chat, newest first, a page at a time.',
  auth: 'user',
  query: recordsQuerySchema,
  responseBody: recordPageSchema,
  async handle(context) {
    const chat = await openChat(context);
    const query = validate(recordsQuerySchema, Object.fromEntries(context.request.query));
    return { status: 200, body: await listRecords(context.services, chat, query) };
  },
};

const getRecordRoute: UserRoute = {
  method: 'GET',
  path: '/chats/{chatId}/records/{id}',
  name: 'get-one-on-one-record',
  summary: 'One past 1:1: its agenda as it was closed.',
  auth: 'user',
  responseBody: oneOnOneRecordSchema,
  async handle(context) {
    const chat = await openChat(context);
    return { status: 200, body: await getRecord(context.services, chat, itemIdParam(context)) };
  },
};

const undoCloseRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/records/{id}/undo',
  name: 'undo-close-one-on-one',
  summary:
    'Undo the latest close within 10 minutes: the record is removed and its items go back on the agenda as they were, with their outcomes. Either member may undo. 409 when it is too late, not the latest close, or an item was changed since.',
  auth: 'user',
  responseBody: agendaSchema,
  async handle(context) {
    const chat = await openChat(context);
    return { status: 200, body: await undoClose(context.services, chat, itemIdParam(context), new Date()) };
  },
};

/** Closing a 1:1, undoing the latest close, and reading past ones. */
export const recordRoutes: UserRoute[] = [closeRoute, listRecordsRoute, getRecordRoute, undoCloseRoute];
