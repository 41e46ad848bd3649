import type { Person } from '../domain/chat';
import type { ExportOneOnOne } from '../domain/export';
import type { HeadsUpData } from '../domain/headsUps/headsUp';
import { KIND } from '../domain/kinds';
import type { AgendaItemData, CommitmentCommentData, RecordData } from '../domain/oneOnOne';
import { isBy, recordItemsBy, recordWithout } from '../domain/oneOnOneAuthorship';
import type { StoredRecord } from '../store/errors';
import type { OpenChat } from './chatAccess';
import type { Services } from './services';

/** The rows of a chat's space that `me` wrote, or that hold something I wrote (records), from one partition query. */
interface MyRows {
  readonly agenda: StoredRecord[];
  readonly comments: StoredRecord[];
  readonly headsUps: StoredRecord[];
  readonly records: StoredRecord[];
}

async function myRowsIn(services: Services, chat: OpenChat, me: Person): Promise<MyRows> {
  const kinds = await services.shared.listKinds(chat.partition, [KIND.agenda, KIND.comment, KIND.headsUp, KIND.record]);
  const rows = (kind: string) => kinds.get(kind) ?? [];
  return {
    agenda: rows(KIND.agenda).filter((record) => isBy((record.data as AgendaItemData).addedBy, me)),
    comments: rows(KIND.comment).filter((record) => isBy((record.data as CommitmentCommentData).author, me)),
    headsUps: rows(KIND.headsUp).filter((record) => isBy((record.data as HeadsUpData).raisedBy, me)),
    records: rows(KIND.record),
  };
}

const stamps = (record: StoredRecord) => ({ id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt });

/** What I wrote in the chat's shared space, for my export. */
export async function exportMyEntries(services: Services, chat: OpenChat, me: Person): Promise<ExportOneOnOne> {
  const mine = await myRowsIn(services, chat, me);
  return {
    chatId: chat.chatId,
    // Place in the agenda, filing marks and card ids are the store's: the export contract's parse leaves them out.
    agendaItems: mine.agenda.map((record) => ({ ...(record.data as AgendaItemData), ...stamps(record) })),
    recordItems: mine.records.flatMap((record) => {
      const data = record.data as RecordData;
      return recordItemsBy(data, me).map((item) => ({ ...item, recordId: record.id, date: data.date }));
    }),
    comments: mine.comments.map((record) => ({ ...(record.data as CommitmentCommentData), ...stamps(record) })),
    headsUps: mine.headsUps.map((record) => ({ ...(record.data as HeadsUpData), ...stamps(record) })),
  };
}

/**
 * Removes what I wrote from the chat's shared space: my talking points, comments and
 * heads-ups, and my entries in the records of closed 1:1s. The other person's entries stay.
 * Every write is under the version read, so an entry changed meanwhile fails the delete
 * (a conflict) rather than being lost unseen.
 */
export async function deleteMyEntries(services: Services, chat: OpenChat, me: Person): Promise<void> {
  const mine = await myRowsIn(services, chat, me);
  const { partition } = chat;
  await Promise.all([
    ...mine.agenda.map((record) => services.shared.delete(partition, KIND.agenda, record.id, record.etag)),
    ...mine.comments.map((record) => services.shared.delete(partition, KIND.comment, record.id, record.etag)),
    ...mine.headsUps.map((record) => services.shared.delete(partition, KIND.headsUp, record.id, record.etag)),
  ]);
  for (const record of mine.records) {
    const kept = recordWithout(record.data as RecordData, me);
    if (kept !== undefined) await services.shared.update(partition, KIND.record, record.id, kept, record.etag, record.createdAt);
  }
}
