import { agendaItemDataSchema, type Agenda, type AgendaItem, type AgendaItemUpdate, type AgendaMove } from '../domain/oneOnOne';
import { agendaItemData, applyAgendaUpdate, planMove } from '../domain/oneOnOneAgenda';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import type { PartitionWrite } from '../store/partitionStore';
import type { OpenChat } from './chatAccess';
import { loadAgenda, toAgendaItem } from './chatSpace';
import { NotFoundError, StaleVersionError, useCase } from './errors';
import { KIND } from '../domain/kinds';
import type { Services } from './services';

/** A stored row that is live on the agenda; a missing or filed-away item is not found. */
function liveItem(record: StoredRecord | undefined): AgendaItem {
  const item = record === undefined ? undefined : toAgendaItem(record);
  if (item === undefined) throw new NotFoundError();
  return item;
}

/** Runs an item write; a version conflict refuses it with the item as it is now (not found if it is gone). */
async function guardItemWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof VersionConflictError) throw new StaleVersionError(liveItem(error.current));
    throw error;
  }
}

/** Edits an agenda item (title, notes, discussed, outcome) if `etag` is still its version. */
export const updateAgendaItem = useCase(async (services: Services, chat: OpenChat, id: string, etag: string, input: AgendaItemUpdate): Promise<AgendaItem> => {
  const { partition } = chat;
  const shared = services.shared;
  const current = liveItem(await shared.get(partition, KIND.agenda, id).catch((error: unknown) => {
    if (error instanceof ItemNotFoundError) return undefined;
    throw error;
  }));
  if (current.etag !== etag) throw new StaleVersionError(current);
  const data = agendaItemDataSchema.parse(applyAgendaUpdate(agendaItemData(current), input));
  return liveItem(await guardItemWrite(() => shared.update(partition, KIND.agenda, id, data, etag)));
});

/** Takes an item off the agenda if `etag` is still its version. */
export const deleteAgendaItem = useCase(async (services: Services, chat: OpenChat, id: string, etag: string): Promise<void> => {
  const { partition } = chat;
  await guardItemWrite(() => services.shared.delete(partition, KIND.agenda, id, etag));
});

/**
 * Moves an item one step, or after another; only the moved item is rewritten, under its
 * version. Returns the agenda in its new order; a conflict carries the current agenda.
 */
export const moveAgendaItem = useCase(async (services: Services, chat: OpenChat, id: string, etag: string, move: AgendaMove): Promise<Agenda> => {
  const { partition } = chat;
  const shared = services.shared;
  const { agenda } = await loadAgenda(shared, partition);
  const moving = agenda.items.find((item) => item.id === id);
  if (moving === undefined) throw new NotFoundError();
  if (moving.etag !== etag) throw new StaleVersionError(agenda);
  const plan = planMove(agenda.items, id, move);
  // The item to drop it after has gone meanwhile: show the agenda as it is now.
  if (plan.kind === 'unknown-anchor') throw new StaleVersionError(agenda);
  if (plan.kind !== 'moved') return agenda;
  const writes: PartitionWrite[] = agenda.items.flatMap((item) => {
    const position = plan.positions.get(item.id);
    if (position === undefined) return [];
    return [{ op: 'replace', kind: KIND.agenda, id: item.id, data: { ...agendaItemData(item), position }, etag: item.etag, createdAt: item.createdAt }];
  });
  try {
    await shared.transact(partition, writes);
  } catch (error) {
    if (error instanceof VersionConflictError) throw new StaleVersionError((await loadAgenda(shared, partition)).agenda);
    throw error;
  }
  return (await loadAgenda(shared, partition)).agenda;
});
