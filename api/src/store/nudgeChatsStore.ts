import { odata, type TableClient } from '@azure/data-tables';
import { personalPartition, type Caller } from '../domain/identity';
import { chatPartition } from './rosterStore';
import { guard, statusOf, tableCreator } from './storageCall';

type ChatEntity = { partitionKey: string; rowKey: string; chatId: string };

/**
 * The chats a user gets "1:1 tomorrow" nudges about, one row each beside their nudge settings
 * (same partition), so saving the settings refiles those nudges with one partition query
 * instead of a look through every chat.
 */
export class NudgeChatsStore {
  private readonly ensureTable: () => Promise<void>;

  constructor(private readonly client: TableClient) {
    this.ensureTable = tableCreator(client);
  }

  /** Notes that the user gets 1:1 nudges about this chat; noting it again changes nothing. */
  async remember(user: Pick<Caller, 'tenantId' | 'objectId'>, chatId: string): Promise<void> {
    await this.ensureTable();
    const entity: ChatEntity = { partitionKey: personalPartition(user), rowKey: `onechat_${chatPartition(chatId)}`, chatId };
    await guard((abortSignal) => this.client.upsertEntity(entity, 'Replace', { abortSignal }));
  }

  /** Forgets a chat, for a user who left it or a chat whose 1:1 has no cadence any more. */
  async forget(user: Pick<Caller, 'tenantId' | 'objectId'>, chatId: string): Promise<void> {
    await this.ensureTable();
    try {
      await guard((abortSignal) => this.client.deleteEntity(personalPartition(user), `onechat_${chatPartition(chatId)}`, { abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /** Forgets every chat noted for the user (deleting their data). */
  async forgetAll(user: Pick<Caller, 'tenantId' | 'objectId'>): Promise<void> {
    for (const chatId of await this.chats(user)) await this.forget(user, chatId);
  }

  /** The chats noted for the user. */
  async chats(user: Pick<Caller, 'tenantId' | 'objectId'>): Promise<string[]> {
    await this.ensureTable();
    return guard(async (abortSignal) => {
      const chatIds: string[] = [];
      const filter = odata`PartitionKey eq ${personalPartition(user)} and RowKey ge ${'onechat_'} and RowKey lt ${'onechat`'}`;
      for await (const entity of this.client.listEntities<Record<string, unknown>>({ queryOptions: { filter }, abortSignal })) {
        if (typeof entity.chatId === 'string') chatIds.push(entity.chatId);
      }
      return chatIds;
    });
  }
}
