import type { TableClient } from '@azure/data-tables';
import { conversationRefSchema, type ConversationOwner, type ConversationRef } from '../domain/conversationRef';
import { personalPartition } from '../domain/identity';
import { chatPartition } from './rosterStore';
import { guard, statusOf, tableCreator } from './storageCall';

/** Row format version: bump it, and upgrade on read, when the stored shape changes. */
const SCHEMA_VERSION = 1;
const ROW_KEY = 'ref';

type RefEntity = { partitionKey: string; rowKey: string; schemaVersion: number } & ConversationRef;

/** The row for a reference; absent optional fields are left out rather than written as nulls. */
function entityOf(owner: ConversationOwner, ref: ConversationRef): RefEntity {
  const checked = conversationRefSchema.parse(ref);
  const present = Object.fromEntries(Object.entries(checked).filter(([, value]) => value !== undefined)) as ConversationRef;
  return { partitionKey: partitionOf(owner), rowKey: ROW_KEY, schemaVersion: SCHEMA_VERSION, ...present };
}

function partitionOf(owner: ConversationOwner): string {
  return owner.scope === 'personal' ? personalPartition(owner) : chatPartition(owner.chatId);
}

/** Where to log a stored reference that fits no schema. */
export interface RefStoreLog {
  error(message: string, error: unknown): void;
}

/**
 * Conversation references, one row per owner (a user's personal chat with the bot, or a
 * chat), in their own table so a proactive sender reads one row by key. Every row is
 * checked against its schema on read.
 */
export class ConversationRefStore {
  private readonly ensureTable: () => Promise<void>;

  constructor(
    private readonly client: TableClient,
    private readonly log: RefStoreLog,
  ) {
    this.ensureTable = tableCreator(client);
  }

  /** Stores or replaces the reference (an installation, or any activity from the user's personal chat). */
  async save(owner: ConversationOwner, ref: ConversationRef): Promise<void> {
    await this.ensureTable();
    const entity = entityOf(owner, ref);
    await guard((abortSignal) => this.client.upsertEntity(entity, 'Replace', { abortSignal }));
  }

  /**
   * Replaces the reference only if one is stored: an activity from a chat proves the chat
   * exists, not that the app is installed there (a message action works in any chat).
   */
  async refresh(owner: ConversationOwner, ref: ConversationRef): Promise<void> {
    await this.ensureTable();
    const entity = entityOf(owner, ref);
    try {
      await guard((abortSignal) => this.client.updateEntity(entity, 'Replace', { etag: '*', abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /** The stored reference, or undefined when the app is not installed there (or the row is unreadable, which is logged). */
  async get(owner: ConversationOwner): Promise<ConversationRef | undefined> {
    await this.ensureTable();
    let entity: Record<string, unknown>;
    try {
      entity = await guard((abortSignal) => this.client.getEntity<Record<string, unknown>>(partitionOf(owner), ROW_KEY, { abortSignal }));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    const read = conversationRefSchema.safeParse(entity);
    if (read.success) return read.data;
    this.log.error('Skipped a stored conversation reference that fits no schema', read.error.issues);
    return undefined;
  }

  /** Forgets the reference (uninstall): nothing more is sent there. */
  async remove(owner: ConversationOwner): Promise<void> {
    await this.ensureTable();
    try {
      await guard((abortSignal) => this.client.deleteEntity(partitionOf(owner), ROW_KEY, { abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
}
