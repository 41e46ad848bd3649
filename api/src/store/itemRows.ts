import type { TableEntityResult } from '@azure/data-tables';
import { columnsOf, findItemKind, readStored, type ItemKind, type KindColumn, type StoredData } from '../domain/kinds';
import type { StoredRecord } from './errors';

/** One item row: the body as JSON, plus the columns queries filter on. */
export type ItemEntity = {
  partitionKey: string;
  rowKey: string;
  kind: string;
  /** Absent on rows written before versions existed: those are version 1. */
  schemaVersion?: number;
  body: string;
  createdAt: string;
  updatedAt: string;
} & Partial<Record<KindColumn, string>>;

/** Where a row stands when it cannot be read: enough to find it, nothing of its content. */
export interface RowProblem {
  readonly partitionKey: string;
  readonly rowKey: string;
  readonly reason: string;
}

export function rowKeyOf(kind: string, id: string): string {
  return `${kind}_${id}`;
}

/** The kind a row key belongs to: its prefix up to the first `_`. */
export function kindOfRowKey(rowKey: string): string {
  return rowKey.slice(0, Math.max(rowKey.indexOf('_'), 0));
}

/**
 * Checks `data` against the kind's current schema before it is written, so the store never
 * writes a row it could not read back. Returns the data as parsed (unknown keys dropped).
 */
export function checkForWrite(kind: ItemKind, data: object): StoredData {
  const read = readStored(kind, kind.schemaVersion, data);
  if (!read.ok) throw new Error(`Refusing to write a ${kind.name} that ${read.reason}.`);
  return read.data;
}

/** The entity for a checked body of `kind`, with its version and columns. */
export function itemEntity(partitionKey: string, kind: ItemKind, id: string, data: StoredData, createdAt: string, updatedAt: string): ItemEntity {
  return {
    partitionKey,
    rowKey: rowKeyOf(kind.name, id),
    kind: kind.name,
    schemaVersion: kind.schemaVersion,
    body: JSON.stringify(data),
    createdAt,
    updatedAt,
    ...columnsOf(kind, data),
  };
}

/** The record of a row just written, without reading it back. */
export function writtenRecord(entity: ItemEntity, data: StoredData, etag: string): StoredRecord {
  return { id: entity.rowKey.slice(entity.rowKey.indexOf('_') + 1), createdAt: entity.createdAt, updatedAt: entity.updatedAt, etag, data: deepFreeze(data) };
}

function deepFreeze<T extends object>(value: T): T {
  for (const field of Object.values(value)) {
    if (typeof field === 'object' && field !== null && !Object.isFrozen(field)) deepFreeze(field as object);
  }
  return Object.freeze(value);
}

interface CheckedBody {
  readonly body: string;
  readonly version: number;
  readonly data: StoredData;
}

/** How many checked bodies one store remembers; far more than any overview reads. */
const CACHE_ENTRIES = 20_000;

/**
 * Reads rows through their kind's versioned schema. A body is parsed and checked once: the
 * result is kept by row and reused only while the row's body and version are byte-for-byte
 * what was checked, so a polled overview does not pay JSON.parse and zod per row each time,
 * and never skips the check for a body it has not seen. Results are frozen, being shared.
 */
export class RowReader {
  private readonly checked = new Map<string, CheckedBody>();

  /** The record, or a {@link RowProblem} when the row fits no version of its kind. */
  read(entity: TableEntityResult<ItemEntity>): StoredRecord | RowProblem {
    const version = entity.schemaVersion ?? 1;
    // The result depends only on the kind (the row key's prefix), the version and the body, so the row key alone is the key.
    const key = entity.rowKey;
    const hit = this.checked.get(key);
    let data: StoredData;
    if (hit !== undefined && hit.body === entity.body && hit.version === version) {
      data = hit.data;
    } else {
      const problem = (reason: string): RowProblem => ({ partitionKey: entity.partitionKey, rowKey: entity.rowKey, reason });
      const kind = findItemKind(kindOfRowKey(entity.rowKey));
      if (kind === undefined) return problem('its row-key prefix is not a registered kind');
      let stored: unknown;
      try {
        stored = JSON.parse(entity.body);
      } catch {
        return problem('its body is not JSON');
      }
      const result = readStored(kind, version, stored);
      if (!result.ok) return problem(result.reason);
      data = deepFreeze(result.data);
      if (hit !== undefined) this.checked.delete(key);
      else if (this.checked.size >= CACHE_ENTRIES) this.evictOldest();
      this.checked.set(key, { body: entity.body, version, data });
    }
    return { id: entity.rowKey.slice(entity.rowKey.indexOf('_') + 1), createdAt: entity.createdAt, updatedAt: entity.updatedAt, etag: entity.etag, data: data };
  }

  private evictOldest(): void {
    const oldest = this.checked.keys().next();
    if (oldest.done !== true) this.checked.delete(oldest.value);
  }
}

/** Whether a read gave a problem rather than a record. */
export function isRowProblem(read: StoredRecord | RowProblem): read is RowProblem {
  return 'reason' in read;
}

