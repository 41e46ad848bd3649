import { createHash } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import { chatMemberSchema, type ChatAccess, type ChatMember } from '../domain/chat';
import { guard, statusOf, tableCreator } from './storageCall';

type ChatEntity = { partitionKey: string; rowKey: 'chat'; tenantId: string; installedAt: string };
type MemberEntity = { partitionKey: string; rowKey: string; objectId: string; name?: string };
type MembershipEntity = { partitionKey: string; rowKey: string; chatId: string };

/**
 * The partition of one person's memberships: which chats they were seen in. It lives in the
 * shared table beside the chats, keyed by a hash so any object id makes a valid key.
 */
function membershipPartition(objectId: string): string {
  return `memberof_${createHash('sha256').update(objectId.toLowerCase()).digest('base64url')}`;
}

/** The Table Storage partition that holds one chat's shared space and roster. */
export function chatPartition(chatId: string): string {
  return `chat_${createHash('sha256').update(chatId).digest('base64url')}`;
}

/** The roster's rows of a chat partition, as an OData clause on RowKey: the chat row and the member rows. */
export const ROSTER_ROWS = odata`RowKey eq ${'chat'} or (RowKey ge ${'member_'} and RowKey lt ${'member`'})`;

/**
 * Whether `objectId` may see the chat, and its members, from the roster's rows (read alone,
 * or with the space's own rows in one query: see PartitionStore.listKindsWith). A chat row of
 * another tenant counts as no chat; a member row without an id string is no member.
 */
export function rosterFromRows(rows: readonly Record<string, unknown>[], tenantId: string, objectId: string): { access: ChatAccess; members: ChatMember[] } {
  const me = objectId.toLowerCase();
  let chat = false;
  const members: ChatMember[] = [];
  for (const row of rows) {
    if (row.rowKey === 'chat') {
      chat = row.tenantId === tenantId;
      continue;
    }
    if (typeof row.rowKey !== 'string' || !row.rowKey.startsWith('member_')) continue;
    const member = chatMemberSchema.safeParse({ objectId: row.objectId, name: row.name ?? '' });
    if (member.success) members.push(member.data);
  }
  const access: ChatAccess = !chat ? 'unknown-chat' : members.some((member) => member.objectId.toLowerCase() === me) ? 'member' : 'not-member';
  return { access, members };
}

/**
 * Who is in which chat, as the bot learns it from Teams (installation and membership
 * updates). The shared 1:1 space is served only to the members recorded here.
 */
export class RosterStore {
  private readonly ensureTable: () => Promise<void>;

  constructor(private readonly client: TableClient) {
    this.ensureTable = tableCreator(client);
  }

  /** Records that the app was installed in a chat, with the members known at that point. */
  async install(chatId: string, tenantId: string, members: readonly ChatMember[]): Promise<void> {
    await this.ensureTable();
    const partitionKey = chatPartition(chatId);
    const chat: ChatEntity = { partitionKey, rowKey: 'chat', tenantId, installedAt: new Date().toISOString() };
    await guard((abortSignal) => this.client.upsertEntity(chat, 'Replace', { abortSignal }));
    await this.addMembers(chatId, members);
  }

  /**
   * Adds or refreshes members (idempotent). Teams often names nobody but the installer, so
   * a member given without a name keeps the name already known (see {@link learnName}).
   */
  async addMembers(chatId: string, members: readonly ChatMember[]): Promise<void> {
    await this.ensureTable();
    const partitionKey = chatPartition(chatId);
    for (const member of members) {
      const objectId = member.objectId.toLowerCase();
      const entity = { partitionKey, rowKey: `member_${objectId}`, objectId, ...(member.name === '' ? {} : { name: member.name }) };
      await guard((abortSignal) => this.client.upsertEntity(entity, 'Merge', { abortSignal }));
      const membership: MembershipEntity = { partitionKey: membershipPartition(objectId), rowKey: partitionKey, chatId };
      await guard((abortSignal) => this.client.upsertEntity(membership, 'Replace', { abortSignal }));
    }
  }

  /**
   * Records the name of a member the roster knows only by id, as their own signed-in token
   * gives it. Does nothing for someone no longer in the chat.
   */
  async learnName(chatId: string, objectId: string, name: string): Promise<void> {
    await this.ensureTable();
    const entity = { partitionKey: chatPartition(chatId), rowKey: `member_${objectId.toLowerCase()}`, name };
    try {
      await guard((abortSignal) => this.client.updateEntity(entity, 'Merge', { etag: '*', abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /** Removes members; their access ends with the next request. */
  async removeMembers(chatId: string, objectIds: readonly string[]): Promise<void> {
    await this.ensureTable();
    const partitionKey = chatPartition(chatId);
    for (const objectId of objectIds) {
      await this.deleteIfThere(partitionKey, `member_${objectId.toLowerCase()}`);
      await this.deleteIfThere(membershipPartition(objectId), partitionKey);
    }
  }

  private async deleteIfThere(partitionKey: string, rowKey: string): Promise<void> {
    try {
      await guard((abortSignal) => this.client.deleteEntity(partitionKey, rowKey, { abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /**
   * The ids of the chats `objectId` was seen in, in one partition query. A hint only: the
   * chat's own roster says whether they are still in it (see {@link roster}).
   */
  async chatsOf(objectId: string): Promise<string[]> {
    await this.ensureTable();
    const partitionKey = membershipPartition(objectId);
    return guard(async (abortSignal) => {
      const chatIds: string[] = [];
      for await (const entity of this.client.listEntities<MembershipEntity>({ queryOptions: { filter: odata`PartitionKey eq ${partitionKey}` }, abortSignal })) {
        if (typeof entity.chatId === 'string' && entity.rowKey === chatPartition(entity.chatId)) chatIds.push(entity.chatId);
      }
      return chatIds;
    });
  }

  /** Whether `objectId` may see the chat, and its members, in one query of the chat's roster rows. */
  async roster(chatId: string, tenantId: string, objectId: string): Promise<{ access: ChatAccess; members: ChatMember[] }> {
    await this.ensureTable();
    const filter = odata`PartitionKey eq ${chatPartition(chatId)}` + ` and (${ROSTER_ROWS})`;
    const rows = await guard(async (abortSignal) => {
      const found: Record<string, unknown>[] = [];
      for await (const entity of this.client.listEntities<Record<string, unknown>>({ queryOptions: { filter }, abortSignal })) found.push(entity);
      return found;
    });
    return rosterFromRows(rows, tenantId, objectId);
  }

  /** Forgets the installation: nobody can open the chat's shared space until it is installed again. */
  async uninstall(chatId: string): Promise<void> {
    await this.ensureTable();
    try {
      await guard((abortSignal) => this.client.deleteEntity(chatPartition(chatId), 'chat', { abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /** Whether `objectId` may see the chat's shared space. */
  async access(chatId: string, tenantId: string, objectId: string): Promise<ChatAccess> {
    await this.ensureTable();
    const partitionKey = chatPartition(chatId);
    const rows = await guard(async (abortSignal) => {
      const found: string[] = [];
      const filter = odata`PartitionKey eq ${partitionKey} and (RowKey eq ${'chat'} or RowKey eq ${`member_${objectId.toLowerCase()}`})`;
      for await (const entity of this.client.listEntities<ChatEntity | MemberEntity>({ queryOptions: { filter }, abortSignal })) {
        if (entity.rowKey === 'chat' && 'tenantId' in entity && entity.tenantId !== tenantId) continue;
        found.push(entity.rowKey);
      }
      return found;
    });
    if (!rows.includes('chat')) return 'unknown-chat';
    return rows.length === 2 ? 'member' : 'not-member';
  }

  /** The chat's members, for showing names. */
  async members(chatId: string): Promise<ChatMember[]> {
    await this.ensureTable();
    const partitionKey = chatPartition(chatId);
    return guard(async (abortSignal) => {
      const members: ChatMember[] = [];
      const filter = odata`PartitionKey eq ${partitionKey} and RowKey ge ${'member_'} and RowKey lt ${'member`'}`;
      for await (const entity of this.client.listEntities<MemberEntity>({ queryOptions: { filter }, abortSignal })) {
        // Checked like every other row read back: a row without an id string is not a member.
        const member = chatMemberSchema.safeParse({ objectId: entity.objectId, name: entity.name ?? '' });
        if (member.success) members.push(member.data);
      }
      return members;
    });
  }
}
