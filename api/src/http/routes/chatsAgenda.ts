import { deleteAgendaItem, moveAgendaItem, updateAgendaItem } from '../../app/agenda';
import { addAgendaItem } from '../../app/agendaAdd';
import { agendaItemInputSchema, agendaItemSchema, agendaItemUpdateSchema, agendaMoveSchema, agendaSchema, MAX_AGENDA_ITEMS, type AgendaItem } from '../../domain/oneOnOne';
import { parseBody, requireIfMatch } from '../body';
import { idempotencyKeyHeader } from '../idempotency';
import type { ApiResponse, UserRoute } from '../types';
import { itemIdParam, openChat } from './chatsAccess';

const base = '/chats/{chatId}/agenda';

function itemResponse(status: number, item: AgendaItem): ApiResponse {
  return { status, headers: { ETag: item.etag }, body: item };
}

const addRoute: UserRoute = {
  method: 'POST',
  path: base,
  name: 'add-agenda-item',
  summary: `Add a talking point to the next 1:1, or a question from the bank. Appended at the end; at most ${MAX_AGENDA_ITEMS} items (409 agenda_full beyond). Send an Idempotency-Key to make retries safe; picking a question already on the agenda returns that item.`,
  auth: 'user',
  requestBody: agendaItemInputSchema,
  responseBody: agendaItemSchema,
  successStatus: 201,
  async handle(context) {
    const chat = await openChat(context);
    const input = parseBody(context.request, agendaItemInputSchema);
    const key = idempotencyKeyHeader(context.request);
    const { outcome, item } = await addAgendaItem(context.services, context.caller, chat, input, key);
    return itemResponse(outcome === 'created' ? 201 : 200, item);
  },
};

const updateRoute: UserRoute = {
  method: 'PUT',
  path: `${base}/{id}`,
  name: 'update-agenda-item',
  summary: 'Edit an agenda item: title, notes, discussed, outcome. Requires If-Match; a stale version gets 412 with the current item.',
  auth: 'user',
  requestBody: agendaItemUpdateSchema,
  responseBody: agendaItemSchema,
  async handle(context) {
    const chat = await openChat(context);
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    const input = parseBody(context.request, agendaItemUpdateSchema);
    return itemResponse(200, await updateAgendaItem(context.services, chat, id, etag, input));
  },
};

const deleteRoute: UserRoute = {
  method: 'DELETE',
  path: `${base}/{id}`,
  name: 'delete-agenda-item',
  summary: 'Take an item off the agenda. Requires If-Match.',
  auth: 'user',
  successStatus: 204,
  async handle(context) {
    const chat = await openChat(context);
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    await deleteAgendaItem(context.services, chat, id, etag);
    return { status: 204 };
  },
};

const moveRoute: UserRoute = {
  method: 'POST',
  path: `${base}/{id}/move`,
  name: 'move-agenda-item',
  summary:
    'Move an item one step up or down, or after another item (afterId null: to the top). Requires the moved item\'s If-Match; only that item is rewritten. Returns the agenda in its new order; 412 carries the current agenda.',
  auth: 'user',
  requestBody: agendaMoveSchema,
  responseBody: agendaSchema,
  async handle(context) {
    const chat = await openChat(context);
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    const move = parseBody(context.request, agendaMoveSchema);
    return { status: 200, body: await moveAgendaItem(context.services, chat, id, etag, move) };
  },
};

/** The agenda of the next 1:1: add, edit, move, delete. */
export const agendaRoutes: UserRoute[] = [addRoute, updateRoute, deleteRoute, moveRoute];
