import { agendaItemDataSchema, agendaItemSchema, agendaItemUpdateSchema, agendaMoveSchema, agendaSchema, type AgendaItem } from '../../domain/oneOnOne';
import { agendaItemData, applyAgendaUpdate, planMove } from '../../domain/oneOnOneAgenda';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../../store/errors';
import type { PartitionWrite } from '../../store/partitionStore';
import { parseBody, requireIfMatch } from '../body';
import { notFound, versionConflict } from '../errors';
import type { ApiResponse, UserRoute } from '../types';
import { itemIdParam, openChat } from './chatsAccess';
import { addAgendaItemRoute } from './chatsAgendaAdd';
import { KINDS, loadAgenda, toAgendaItem } from './chatsSpace';

const base = '/chats/{chatId}/agenda';

function itemResponse(status: number, item: AgendaItem): ApiResponse {
  return { status, headers: { ETag: item.etag }, body: item };
}

/** A stored row that is live on the agenda; a missing or filed-away item is a 404. */
function liveItem(record: StoredRecord | undefined): AgendaItem {
  const item = record === undefined ? undefined : toAgendaItem(record);
  if (item === undefined) throw notFound();
  return item;
}

/** Runs an item write; a version conflict becomes 412 with the item as it is now (404 if it is gone). */
async function guardItemWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof VersionConflictError) throw versionConflict(liveItem(error.current));
    throw error;
  }
}

const updateRoute: UserRoute = {
  method: 'PUT',
  path: `${base}/{id}`,
  name: 'update-agenda-item',
  summary: 'Edit an agenda item: title, notes, discussed, outcome. Requires If-Match; a stale version gets 412 with the current item.',
  auth: 'user',
  requestBody: agendaItemUpdateSchema,
  responseBody: agendaItemSchema,
  async handle(context) {
    const { partition } = await openChat(context);
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    const input = parseBody(context.request, agendaItemUpdateSchema);
    const shared = context.services.shared;
    const current = liveItem(await shared.get(partition, KINDS.agenda, id).catch((error: unknown) => {
      if (error instanceof ItemNotFoundError) return undefined;
      throw error;
    }));
    if (current.etag !== etag) throw versionConflict(current);
    const data = agendaItemDataSchema.parse(applyAgendaUpdate(agendaItemData(current), input));
    const record = await guardItemWrite(() => shared.update(partition, KINDS.agenda, id, data, etag));
    return itemResponse(200, liveItem(record));
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
    const { partition } = await openChat(context);
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    await guardItemWrite(() => context.services.shared.delete(partition, KINDS.agenda, id, etag));
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
    const { partition } = await openChat(context);
    const id = itemIdParam(context);
    const etag = requireIfMatch(context.request);
    const move = parseBody(context.request, agendaMoveSchema);
    const shared = context.services.shared;
    const { agenda } = await loadAgenda(shared, partition);
    const moving = agenda.items.find((item) => item.id === id);
    if (moving === undefined) throw notFound();
    if (moving.etag !== etag) throw versionConflict(agenda);
    const plan = planMove(agenda.items, id, move);
    // The item to drop it after has gone meanwhile: show the agenda as it is now.
    if (plan.kind === 'unknown-anchor') throw versionConflict(agenda);
    if (plan.kind !== 'moved') return { status: 200, body: agenda };
    const writes: PartitionWrite[] = agenda.items.flatMap((item) => {
      const position = plan.positions.get(item.id);
      if (position === undefined) return [];
      return [{ op: 'replace', kind: KINDS.agenda, id: item.id, data: { ...agendaItemData(item), position }, etag: item.etag, createdAt: item.createdAt }];
    });
    try {
      await shared.transact(partition, writes);
    } catch (error) {
      if (error instanceof VersionConflictError) throw versionConflict((await loadAgenda(shared, partition)).agenda);
      throw error;
    }
    return { status: 200, body: (await loadAgenda(shared, partition)).agenda };
  },
};

/** The agenda of the next 1:1: add, edit, move, delete. */
export const agendaRoutes: UserRoute[] = [addAgendaItemRoute, updateRoute, deleteRoute, moveRoute];
