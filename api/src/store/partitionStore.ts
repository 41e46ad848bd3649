import { createHash } from 'node:crypto';
import { odata, RestError, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { ulid } from 'ulid';
import { InvalidCursorError, ItemNotFoundError, VersionConflictError, type StoredRecord } from './errors';
import { guard, statusOf, tableCreator } from './storageCall';

/** ULID's time field holds 48 bits; counting down from its top makes newer ids sort first. */
const MAX_ULID_TIME = 2 ** 48 - 1;
const PAGE_SIZE_LIMIT = 1000;

type ItemEntity = {
  partitionKey: string;
  rowKey: string;
  kind: string;
  body: string;
  createdAt: string;
  updatedAt: string;
};

type IdempotencyEntity = {
  partitionKey: string;
  rowKey: string;
  target: string;
};

/** Most operations Table Storage accepts in one transaction. */
export const MAX_TRANSACTION_OPERATIONS = 100;

/**
 * One write of a {@link PartitionStore.transact} call. `replace` is conditional on the ETag;
 * `delete` is not: the SDK's transaction API cannot send an ETag with a delete, so callers
 * delete only rows nobody edits any more.
 */
export type PartitionWrite =
  | { readonly op: 'create'; readonly kind: string; readonly id: string; readonly data: object }
  | { readonly op: 'replace'; readonly kind: string; readonly id: string; readonly data: object; readonly etag: string; readonly createdAt: string }
  | { readonly op: 'delete'; readonly kind: string; readonly id: string }
  /** Records that the request with this idempotency key made item `id` of `kind`; fails the transaction if the key was used. */
  | { readonly op: 'idempotency'; readonly kind: string; readonly key: string; readonly id: string };

/** A page of records and the opaque cursor for the next page. */
export interface RecordPage {
  readonly items: StoredRecord[];
  readonly nextCursor: string | undefined;
}

function rowKeyOf(kind: string, id: string): string {
  return `${kind}_${id}`;
}

/** Every row whose key starts with `prefix`: `_` (0x5F) is followed by `` ` `` (0x60). */
function prefixFilter(prefix: string): string {
  const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return odata`RowKey ge ${prefix} and RowKey lt ${upper}`;
}

function markerRowKey(kind: string, idempotencyKey: string): string {
  return `idem_${kind}_${createHash('sha256').update(idempotencyKey).digest('hex')}`;
}

function toRecord(entity: TableEntityResult<ItemEntity>): StoredRecord {
  const separator = entity.rowKey.indexOf('_');
  return {
    id: entity.rowKey.slice(separator + 1),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    etag: entity.etag,
    data: JSON.parse(entity.body) as Record<string, unknown>,
  };
}

/** Newest-first, time-sortable item id (ULID alphabet). */
export function newItemId(now = Date.now()): string {
  return ulid(MAX_ULID_TIME - now);
}

/**
 * Items of several kinds in one table, one partition per owner (a person or a chat), so a
 * screen is one partition query. Every write is conditional: creates are idempotent by key,
 * updates and deletes carry the ETag the caller read.
 */
export class PartitionStore {
  private readonly ensureTable: () => Promise<void>;

  constructor(private readonly client: TableClient) {
    this.ensureTable = tableCreator(client);
  }

  /**
   * Stores a new item. With an idempotency key, a retry of the same create returns the
   * first item instead of a twin: the item and a marker row are written in one transaction.
   */
  async create(partition: string, kind: string, data: object, idempotencyKey?: string): Promise<StoredRecord> {
    await this.ensureTable();
    const now = new Date().toISOString();
    const entity: ItemEntity = {
      partitionKey: partition,
      rowKey: rowKeyOf(kind, newItemId()),
      kind,
      body: JSON.stringify(data),
      createdAt: now,
      updatedAt: now,
    };
    if (idempotencyKey === undefined) {
      await guard((abortSignal) => this.client.createEntity(entity, { abortSignal }));
      return this.getByRowKey(partition, entity.rowKey);
    }
    const marker: IdempotencyEntity = {
      partitionKey: partition,
      rowKey: markerRowKey(kind, idempotencyKey),
      target: entity.rowKey,
    };
    const actions: TransactionAction[] = [
      ['create', marker],
      ['create', entity],
    ];
    try {
      await guard((abortSignal) => this.client.submitTransaction(actions, { abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
      const existing = await guard((abortSignal) =>
        this.client.getEntity<IdempotencyEntity>(partition, marker.rowKey, { abortSignal }),
      );
      return this.getByRowKey(partition, existing.target);
    }
    return this.getByRowKey(partition, entity.rowKey);
  }

  /** One item; {@link ItemNotFoundError} when it is not in this partition. */
  async get(partition: string, kind: string, id: string): Promise<StoredRecord> {
    await this.ensureTable();
    return this.getByRowKey(partition, rowKeyOf(kind, id));
  }

  private async getByRowKey(partition: string, rowKey: string): Promise<StoredRecord> {
    try {
      return toRecord(
        await guard((abortSignal) => this.client.getEntity<ItemEntity>(partition, rowKey, { abortSignal })),
      );
    } catch (error) {
      if (statusOf(error) === 404) throw new ItemNotFoundError();
      throw error;
    }
  }

  /** Replaces an item's data if its ETag still matches; else {@link VersionConflictError} with the current item. */
  async update(partition: string, kind: string, id: string, data: object, etag: string): Promise<StoredRecord> {
    await this.ensureTable();
    const current = await this.get(partition, kind, id);
    const entity: ItemEntity = {
      partitionKey: partition,
      rowKey: rowKeyOf(kind, id),
      kind,
      body: JSON.stringify(data),
      createdAt: current.createdAt,
      updatedAt: new Date().toISOString(),
    };
    try {
      await guard((abortSignal) => this.client.updateEntity(entity, 'Replace', { etag, abortSignal }));
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 400) throw new VersionConflictError(await this.findCurrent(partition, kind, id));
      if (status === 404) throw new ItemNotFoundError();
      throw error;
    }
    return this.get(partition, kind, id);
  }

  /** Deletes an item if its ETag still matches (any version when `etag` is `*`). */
  async delete(partition: string, kind: string, id: string, etag: string): Promise<void> {
    await this.ensureTable();
    try {
      await guard((abortSignal) => this.client.deleteEntity(partition, rowKeyOf(kind, id), { etag, abortSignal }));
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) throw new ItemNotFoundError();
      if (status === 412 || status === 400) throw new VersionConflictError(await this.findCurrent(partition, kind, id));
      throw error;
    }
  }

  private async findCurrent(partition: string, kind: string, id: string): Promise<StoredRecord | undefined> {
    try {
      return await this.get(partition, kind, id);
    } catch (error) {
      if (error instanceof ItemNotFoundError) return undefined;
      throw error;
    }
  }

  /**
   * One page of one kind, newest first. The cursor is opaque to callers; one the SDK cannot
   * decode or storage refuses is an {@link InvalidCursorError}, not an outage.
   */
  async list(partition: string, kind: string, pageSize: number, cursor?: string): Promise<RecordPage> {
    await this.ensureTable();
    const page = await guard(async () => {
      let pages;
      try {
        pages = this.client
          .listEntities<ItemEntity>({ queryOptions: { filter: odata`PartitionKey eq ${partition}` + ` and ${prefixFilter(`${kind}_`)}` } })
          .byPage({ maxPageSize: Math.min(pageSize, PAGE_SIZE_LIMIT), continuationToken: cursor });
        return (await pages.next()).value;
      } catch (error) {
        // The SDK decodes the cursor itself (base64, JSON, then URL-encodes the keys): a cursor
        // it cannot decode or encode throws before any request is sent.
        const undecodable = !(error instanceof RestError) && (error instanceof SyntaxError || error instanceof TypeError || error instanceof URIError);
        if (cursor !== undefined && (statusOf(error) === 400 || undecodable)) throw new InvalidCursorError({ cause: error });
        throw error;
      }
    });
    if (page === undefined) return { items: [], nextCursor: undefined };
    return { items: page.map(toRecord), nextCursor: page.continuationToken };
  }

  /** Every item of the given kinds in the partition, in one partition query. */
  async listAll(partition: string, kinds: readonly string[]): Promise<Map<string, StoredRecord[]>> {
    await this.ensureTable();
    const result = new Map<string, StoredRecord[]>(kinds.map((kind) => [kind, []]));
    await guard(async (abortSignal) => {
      const entities = this.client.listEntities<ItemEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${partition}` },
        abortSignal,
      });
      for await (const page of entities.byPage({ maxPageSize: PAGE_SIZE_LIMIT })) {
        for (const entity of page) {
          result.get(entity.kind)?.push(toRecord(entity));
        }
      }
    });
    return result;
  }

  /**
   * Every item of the given kinds in the partition, in one query that asks storage only for
   * those kinds' row-key ranges (unlike {@link listAll}, which reads the whole partition).
   */
  async listKinds(partition: string, kinds: readonly string[]): Promise<Map<string, StoredRecord[]>> {
    await this.ensureTable();
    const result = new Map<string, StoredRecord[]>(kinds.map((kind) => [kind, []]));
    if (kinds.length === 0) return result;
    const ranges = kinds.map((kind) => `(${prefixFilter(`${kind}_`)})`).join(' or ');
    await guard(async (abortSignal) => {
      const entities = this.client.listEntities<ItemEntity>({
        queryOptions: { filter: odata`PartitionKey eq ${partition}` + ` and (${ranges})` },
        abortSignal,
      });
      for await (const page of entities.byPage({ maxPageSize: PAGE_SIZE_LIMIT })) {
        for (const entity of page) {
          result.get(entity.kind)?.push(toRecord(entity));
        }
      }
    });
    return result;
  }

  /** The item a create or transaction with this idempotency key made, or undefined if the key is new. */
  async findByIdempotencyKey(partition: string, kind: string, idempotencyKey: string): Promise<StoredRecord | undefined> {
    await this.ensureTable();
    let marker: IdempotencyEntity;
    try {
      marker = await guard((abortSignal) =>
        this.client.getEntity<IdempotencyEntity>(partition, markerRowKey(kind, idempotencyKey), { abortSignal }),
      );
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    return this.getByRowKey(partition, marker.target);
  }

  /**
   * Applies writes to one partition atomically: all or none. A changed ETag, a row that
   * already exists (or a used idempotency key) or a missing row fails the whole
   * transaction with {@link VersionConflictError}; the caller re-reads to see why.
   */
  async transact(partition: string, writes: readonly PartitionWrite[]): Promise<void> {
    if (writes.length === 0) return;
    if (writes.length > MAX_TRANSACTION_OPERATIONS) {
      throw new Error(`A transaction takes at most ${MAX_TRANSACTION_OPERATIONS} operations, not ${writes.length}.`);
    }
    await this.ensureTable();
    const now = new Date().toISOString();
    const actions = writes.map((write): TransactionAction => {
      switch (write.op) {
        case 'create': {
          const entity: ItemEntity = { partitionKey: partition, rowKey: rowKeyOf(write.kind, write.id), kind: write.kind, body: JSON.stringify(write.data), createdAt: now, updatedAt: now };
          return ['create', entity];
        }
        case 'replace': {
          const entity: ItemEntity = { partitionKey: partition, rowKey: rowKeyOf(write.kind, write.id), kind: write.kind, body: JSON.stringify(write.data), createdAt: write.createdAt, updatedAt: now };
          return ['update', entity, 'Replace', { etag: write.etag }];
        }
        case 'delete':
          return ['delete', { partitionKey: partition, rowKey: rowKeyOf(write.kind, write.id) }];
        case 'idempotency': {
          const marker: IdempotencyEntity = { partitionKey: partition, rowKey: markerRowKey(write.kind, write.key), target: rowKeyOf(write.kind, write.id) };
          return ['create', marker];
        }
      }
    });
    try {
      await guard((abortSignal) => this.client.submitTransaction(actions, { abortSignal }));
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || status === 412 || status === 404) throw new VersionConflictError(undefined);
      throw error;
    }
  }

  /** A cheap round trip to storage, for the health probe. */
  async ping(): Promise<void> {
    await this.ensureTable();
    await guard(async (abortSignal) => {
      await this.client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'health'}` }, abortSignal }).byPage({ maxPageSize: 1 }).next();
    });
  }
}
