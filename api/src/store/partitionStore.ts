import { odata, RestError, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { ulid } from 'ulid';
import { itemKind, type ItemKind, type StoredData } from '../domain/kinds';
import { InvalidCursorError, ItemNotFoundError, UnreadableRowError, VersionConflictError, type StoredRecord } from './errors';
import { IDEMPOTENCY_TTL_MS, isLive, markerEntity, markerRowKey, type MarkerEntity } from './idempotencyMarkers';
import { checkForWrite, isRowProblem, itemEntity, kindOfRowKey, RowReader, rowKeyOf, writtenRecord, type ItemEntity, type RowProblem } from './itemRows';
import { guard, statusOf, tableCreator } from './storageCall';

/** ULID's time field holds 48 bits; counting down from its top makes newer ids sort first. */
const MAX_ULID_TIME = 2 ** 48 - 1;
const PAGE_SIZE_LIMIT = 1000;
/** A create whose expired marker keeps being replaced under it gives up after this many tries. */
const MARKER_ATTEMPTS = 3;
/** Rounds of list-then-delete {@link PartitionStore.deletePartition} makes before it gives up on a partition that keeps filling. */
const DELETE_ROUNDS = 5;

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
  /** Records that the request with this idempotency key made item `id` of `kind`; fails the transaction if the key is in use. */
  | { readonly op: 'idempotency'; readonly kind: string; readonly key: string; readonly id: string };

/** A page of records and the opaque cursor for the next page. */
export interface RecordPage {
  readonly items: StoredRecord[];
  readonly nextCursor: string | undefined;
}

/** What {@link PartitionStore.listWhere} filters on, in storage; every field given must match. */
export interface ItemFilter {
  readonly status?: string;
  /** Due on this ISO date or earlier; items without a due date never match. */
  readonly dueOnOrBefore?: string;
}

/** Where the store reports rows it skipped; {@link Logger} of the services fits. */
export interface StoreLog {
  error(message: string, error: unknown): void;
}

export interface PartitionStoreOptions {
  readonly log?: StoreLog;
  /** Lifetime of idempotency markers. */
  readonly idempotencyTtlMs?: number;
  /** The clock markers expire by (tests move it). */
  readonly now?: () => number;
}

const consoleLog: StoreLog = {
  error: (message, error) => console.error(JSON.stringify({ event: 'error', message, error })),
};

/** Every row whose key starts with `prefix`: `_` (0x5F) is followed by `` ` `` (0x60). */
function prefixFilter(prefix: string): string {
  const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return odata`RowKey ge ${prefix} and RowKey lt ${upper}`;
}

/** Newest-first, time-sortable item id (ULID alphabet). */
export function newItemId(now = Date.now()): string {
  return ulid(MAX_ULID_TIME - now);
}

/**
 * Items of several kinds in one table, one partition per owner (a person or a chat), so a
 * screen is one partition query. Every kind is one of the registry's (domain/kinds); every
 * row is checked against its kind's versioned schema when written and when read. Every
 * write is conditional: creates are idempotent by key, updates and deletes carry the ETag
 * the caller read.
 *
 * A row that fits no version of its kind is skipped by lists (and logged), and a single read
 * of it throws {@link UnreadableRowError}: it never reaches a caller as a type it is not.
 */
export class PartitionStore {
  private readonly ensureTable: () => Promise<void>;
  private readonly rows = new RowReader();
  private readonly log: StoreLog;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly client: TableClient,
    options: PartitionStoreOptions = {},
  ) {
    this.ensureTable = tableCreator(client);
    this.log = options.log ?? consoleLog;
    this.ttlMs = options.idempotencyTtlMs ?? IDEMPOTENCY_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /**
   * Stores a new item, in one round trip. With an idempotency key, a retry of the same create
   * returns the first item instead of a twin while the key's marker lives (see
   * {@link IDEMPOTENCY_TTL_MS}): the item and the marker are written in one transaction.
   */
  async create(partition: string, kind: string, data: object, idempotencyKey?: string): Promise<StoredRecord> {
    return (await this.createOnce(partition, kind, data, idempotencyKey)).record;
  }

  /**
   * {@link PartitionStore.create}, saying whether this call stored the item (`created`) or found
   * the one an earlier call with the same key stored: a side effect of creating (posting a card)
   * then happens once, however many retries race.
   */
  async createOnce(partition: string, kind: string, data: object, idempotencyKey?: string): Promise<{ record: StoredRecord; created: boolean }> {
    const spec = itemKind(kind);
    const checked = checkForWrite(spec, data);
    await this.ensureTable();
    const now = new Date().toISOString();
    const entity = itemEntity(partition, spec, newItemId(), checked, now, now);
    if (idempotencyKey === undefined) {
      const response = await guard((abortSignal) => this.client.createEntity(entity, { abortSignal }));
      return { record: await this.written(entity, checked, response.etag), created: true };
    }
    const markerKey = markerRowKey(spec.name, idempotencyKey);
    let expired: TableEntityResult<MarkerEntity> | undefined;
    for (let attempt = 0; attempt < MARKER_ATTEMPTS; attempt++) {
      const marker = markerEntity(partition, markerKey, entity.rowKey, this.now(), this.ttlMs);
      // An expired marker is replaced under its ETag in the same transaction, so two creates that both found it expired make one item.
      const actions: TransactionAction[] = [
        expired === undefined ? ['create', marker] : ['update', marker, 'Replace', { etag: expired.etag }],
        ['create', entity],
      ];
      try {
        const response = await guard((abortSignal) => this.client.submitTransaction(actions, { abortSignal }));
        return { record: await this.written(entity, checked, response.getResponseForEntity(entity.rowKey)?.etag), created: true };
      } catch (error) {
        const status = statusOf(error);
        if (status !== 409 && status !== 412 && status !== 404) throw error;
      }
      const existing = await this.readMarker(partition, markerKey);
      if (existing !== undefined && isLive(existing, this.now(), this.ttlMs)) return { record: await this.getByRowKey(partition, existing.target), created: false };
      expired = existing;
    }
    throw new VersionConflictError(undefined);
  }

  /** The record of a row just written; the ETag comes from the write's response, so nothing is read back. */
  private async written(entity: ItemEntity, data: StoredData, etag: string | undefined): Promise<StoredRecord> {
    if (etag !== undefined) return writtenRecord(entity, data, etag);
    return this.getByRowKey(entity.partitionKey, entity.rowKey);
  }

  /** One item; {@link ItemNotFoundError} when it is not in this partition, {@link UnreadableRowError} when it fits no version of its kind. */
  async get(partition: string, kind: string, id: string): Promise<StoredRecord> {
    itemKind(kind);
    await this.ensureTable();
    return this.getByRowKey(partition, rowKeyOf(kind, id));
  }

  private async getByRowKey(partition: string, rowKey: string): Promise<StoredRecord> {
    let entity: TableEntityResult<ItemEntity>;
    try {
      entity = await guard((abortSignal) => this.client.getEntity<ItemEntity>(partition, rowKey, { abortSignal }));
    } catch (error) {
      if (statusOf(error) === 404) throw new ItemNotFoundError();
      throw error;
    }
    const read = this.rows.read(entity);
    if (!isRowProblem(read)) return read;
    this.reportUnreadable(read);
    throw new UnreadableRowError();
  }

  /** The records among `entities`, skipping (and reporting) rows that fit no version of their kind. */
  private readAll(entities: readonly TableEntityResult<ItemEntity>[]): StoredRecord[] {
    const records: StoredRecord[] = [];
    for (const entity of entities) {
      const read = this.rows.read(entity);
      if (isRowProblem(read)) this.reportUnreadable(read);
      else records.push(read);
    }
    return records;
  }

  private reportUnreadable(problem: RowProblem): void {
    this.log.error('Skipped a stored row that fits no version of its kind', problem);
  }

  /**
   * Replaces an item's data if its ETag still matches; else {@link VersionConflictError} with
   * the current item. Two round trips: the row's creation time, then the conditional write;
   * the record returned is built from what was written and the write's new ETag. A caller that
   * has just read the item passes its `createdAt`, and the write is the only round trip.
   */
  async update(partition: string, kind: string, id: string, data: object, etag: string, knownCreatedAt?: string): Promise<StoredRecord> {
    const spec = itemKind(kind);
    const checked = checkForWrite(spec, data);
    await this.ensureTable();
    const createdAt = knownCreatedAt ?? (await this.createdAtOf(partition, spec, id));
    const entity = itemEntity(partition, spec, id, checked, createdAt, new Date().toISOString());
    let written: string | undefined;
    try {
      written = (await guard((abortSignal) => this.client.updateEntity(entity, 'Replace', { etag, abortSignal }))).etag;
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 400) throw new VersionConflictError(await this.findCurrent(partition, kind, id));
      if (status === 404) throw new ItemNotFoundError();
      throw error;
    }
    return this.written(entity, checked, written);
  }

  /** Only the creation time: the body is about to be replaced, so it is neither fetched nor checked. */
  private async createdAtOf(partition: string, kind: ItemKind, id: string): Promise<string> {
    try {
      const row = await guard((abortSignal) =>
        this.client.getEntity<Pick<ItemEntity, 'createdAt'>>(partition, rowKeyOf(kind.name, id), { queryOptions: { select: ['createdAt'] }, abortSignal }),
      );
      return row.createdAt;
    } catch (error) {
      if (statusOf(error) === 404) throw new ItemNotFoundError();
      throw error;
    }
  }

  /** Deletes an item if its ETag still matches (any version when `etag` is `*`). */
  async delete(partition: string, kind: string, id: string, etag: string): Promise<void> {
    itemKind(kind);
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
   * decode or storage refuses is an {@link InvalidCursorError}, not an outage. A page may
   * hold fewer items than asked when unreadable rows were skipped.
   */
  async list(partition: string, kind: string, pageSize: number, cursor?: string): Promise<RecordPage> {
    itemKind(kind);
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
    return { items: this.readAll(page), nextCursor: page.continuationToken };
  }


  /**
   * Every item of the given kinds in the partition, in one query that asks storage only for
   * those kinds' row-key ranges, so markers and other kinds cost nothing.
   */
  async listKinds(partition: string, kinds: readonly string[]): Promise<Map<string, StoredRecord[]>> {
    if (kinds.length === 0) return new Map();
    return (await this.listKindsWith(partition, kinds)).kinds;
  }

  /**
   * {@link PartitionStore.listKinds}, and in the same query the partition's other rows that
   * `others` (an OData clause on RowKey) selects, as stored: for a store that keeps rows of
   * its own in the partition, as the roster does in a chat's.
   */
  async listKindsWith(partition: string, kinds: readonly string[], others?: string): Promise<{ kinds: Map<string, StoredRecord[]>; others: TableEntityResult<Record<string, unknown>>[] }> {
    for (const kind of kinds) itemKind(kind);
    await this.ensureTable();
    const result = new Map<string, StoredRecord[]>(kinds.map((kind) => [kind, []]));
    const ranges = [...kinds.map((kind) => `(${prefixFilter(`${kind}_`)})`), ...(others === undefined ? [] : [`(${others})`])].join(' or ');
    const entities = await this.query(odata`PartitionKey eq ${partition}` + ` and (${ranges})`);
    const rest: TableEntityResult<Record<string, unknown>>[] = [];
    for (const entity of entities) {
      const list = result.get(kindOfRowKey(entity.rowKey));
      if (list === undefined) {
        rest.push(entity);
        continue;
      }
      const read = this.rows.read(entity);
      if (isRowProblem(read)) this.reportUnreadable(read);
      else list.push(read);
    }
    return { kinds: result, others: rest };
  }

  /**
   * Items of one kind that match `filter`, newest first, filtered by storage on the kind's
   * columns (e.g. open commitments due by a date, for reminders). Rows written before columns
   * existed (version 1) have none and match only once they are written again.
   */
  async listWhere(partition: string, kind: string, filter: ItemFilter): Promise<StoredRecord[]> {
    const spec = itemKind(kind);
    const clauses = [odata`PartitionKey eq ${partition}`, prefixFilter(`${kind}_`)];
    if (filter.status !== undefined) {
      if (!spec.columns.includes('status')) throw new Error(`A ${kind} has no status column.`);
      clauses.push(odata`status eq ${filter.status}`);
    }
    if (filter.dueOnOrBefore !== undefined) {
      if (!spec.columns.includes('dueDate')) throw new Error(`A ${kind} has no dueDate column.`);
      clauses.push(odata`dueDate le ${filter.dueOnOrBefore}`);
    }
    await this.ensureTable();
    return this.readAll(await this.query(clauses.join(' and ')));
  }

  /** Every entity matching `filter`, all pages, under one deadline. */
  private async query(filter: string): Promise<TableEntityResult<ItemEntity>[]> {
    return guard(async (abortSignal) => {
      const found: TableEntityResult<ItemEntity>[] = [];
      for await (const page of this.client.listEntities<ItemEntity>({ queryOptions: { filter }, abortSignal }).byPage({ maxPageSize: PAGE_SIZE_LIMIT })) {
        for (const entity of page) found.push(entity);
      }
      return found;
    });
  }

  private async readMarker(partition: string, rowKey: string): Promise<TableEntityResult<MarkerEntity> | undefined> {
    try {
      return await guard((abortSignal) => this.client.getEntity<MarkerEntity>(partition, rowKey, { abortSignal }));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** The item a create or transaction with this idempotency key made, or undefined if the key is new or its marker expired. */
  async findByIdempotencyKey(partition: string, kind: string, idempotencyKey: string): Promise<StoredRecord | undefined> {
    itemKind(kind);
    await this.ensureTable();
    const marker = await this.readMarker(partition, markerRowKey(kind, idempotencyKey));
    if (marker === undefined || !isLive(marker, this.now(), this.ttlMs)) return undefined;
    return this.getByRowKey(partition, marker.target);
  }

  /**
   * Applies writes to one partition atomically: all or none. A changed ETag, a row that
   * already exists (or an idempotency key in use) or a missing row fails the whole
   * transaction with {@link VersionConflictError}; the caller re-reads to see why. An
   * idempotency key whose marker expired is taken over, under the old marker's ETag.
   */
  async transact(partition: string, writes: readonly PartitionWrite[]): Promise<void> {
    if (writes.length === 0) return;
    if (writes.length > MAX_TRANSACTION_OPERATIONS) {
      throw new Error(`A transaction takes at most ${MAX_TRANSACTION_OPERATIONS} operations, not ${writes.length}.`);
    }
    // Checked before any I/O: a body that does not fit its kind is a bug, not an outage.
    const bodies = new Map<PartitionWrite, StoredData>();
    for (const write of writes) {
      const spec = itemKind(write.kind);
      if (write.op === 'create' || write.op === 'replace') bodies.set(write, checkForWrite(spec, write.data));
    }
    const markerKeys = writes.flatMap((write) => (write.op === 'idempotency' ? [markerRowKey(write.kind, write.key)] : []));
    await this.ensureTable();
    const now = new Date().toISOString();
    const actionsFor = (expired: ReadonlyMap<string, string>) =>
      writes.map((write): TransactionAction => {
        switch (write.op) {
          case 'create':
            return ['create', itemEntity(partition, itemKind(write.kind), write.id, bodies.get(write) ?? {}, now, now)];
          case 'replace':
            return ['update', itemEntity(partition, itemKind(write.kind), write.id, bodies.get(write) ?? {}, write.createdAt, now), 'Replace', { etag: write.etag }];
          case 'delete':
            return ['delete', { partitionKey: partition, rowKey: rowKeyOf(write.kind, write.id) }];
          case 'idempotency': {
            const rowKey = markerRowKey(write.kind, write.key);
            const marker = markerEntity(partition, rowKey, rowKeyOf(write.kind, write.id), this.now(), this.ttlMs);
            const etag = expired.get(rowKey);
            return etag === undefined ? ['create', marker] : ['update', marker, 'Replace', { etag }];
          }
        }
      });
    const isConflict = (error: unknown) => [409, 412, 404].includes(statusOf(error) ?? 0);
    const actions = actionsFor(new Map());
    try {
      await guard((abortSignal) => this.client.submitTransaction(actions, { abortSignal }));
      return;
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const expired = await this.expiredMarkers(partition, markerKeys);
    if (expired === undefined) throw new VersionConflictError(undefined);
    const takeover = actionsFor(expired);
    try {
      await guard((abortSignal) => this.client.submitTransaction(takeover, { abortSignal }));
    } catch (error) {
      if (isConflict(error)) throw new VersionConflictError(undefined);
      throw error;
    }
  }

  /** ETags of the markers among `rowKeys` that exist and have expired; undefined when none has (the conflict lies elsewhere). */
  private async expiredMarkers(partition: string, rowKeys: readonly string[]): Promise<ReadonlyMap<string, string> | undefined> {
    const markers = await Promise.all(rowKeys.map((rowKey) => this.readMarker(partition, rowKey)));
    const expired = new Map<string, string>();
    for (const marker of markers) {
      if (marker !== undefined && !isLive(marker, this.now(), this.ttlMs)) expired.set(marker.rowKey, marker.etag);
    }
    return expired.size === 0 ? undefined : expired;
  }

  /**
   * Deletes every row of a partition: items of every kind and idempotency markers. Rows go in
   * transactions of at most {@link MAX_TRANSACTION_OPERATIONS}, and the partition is listed
   * again until it is empty, so rows written while this ran go too. An empty partition is
   * nothing to do, so deleting twice is the same as once. A partition still not empty after
   * {@link DELETE_ROUNDS} rounds (something keeps writing to it) is a {@link VersionConflictError}.
   */
  async deletePartition(partition: string): Promise<void> {
    await this.ensureTable();
    for (let round = 0; round < DELETE_ROUNDS; round++) {
      const rowKeys = await this.rowKeysOf(partition);
      if (rowKeys.length === 0) return;
      for (let start = 0; start < rowKeys.length; start += MAX_TRANSACTION_OPERATIONS) {
        const actions = rowKeys.slice(start, start + MAX_TRANSACTION_OPERATIONS).map((rowKey): TransactionAction => ['delete', { partitionKey: partition, rowKey }]);
        try {
          await guard((abortSignal) => this.client.submitTransaction(actions, { abortSignal }));
        } catch (error) {
          // A row deleted by someone else first (a second delete-all racing this one) fails
          // its whole transaction; the next round lists what is really left.
          if (statusOf(error) !== 404) throw error;
        }
      }
    }
    throw new VersionConflictError(undefined);
  }

  /** The row key of every row in the partition, whatever it holds; only the keys are fetched. */
  private async rowKeysOf(partition: string): Promise<string[]> {
    return guard(async (abortSignal) => {
      const rowKeys: string[] = [];
      const entities = this.client.listEntities<{ rowKey: string }>({ queryOptions: { filter: odata`PartitionKey eq ${partition}`, select: ['RowKey'] }, abortSignal });
      for await (const page of entities.byPage({ maxPageSize: PAGE_SIZE_LIMIT })) {
        for (const entity of page) rowKeys.push(entity.rowKey);
      }
      return rowKeys;
    });
  }

  /** A cheap round trip to storage, for the health probe. */
  async ping(): Promise<void> {
    await this.ensureTable();
    await guard(async (abortSignal) => {
      await this.client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'health'}` }, abortSignal }).byPage({ maxPageSize: 1 }).next();
    });
  }
}
