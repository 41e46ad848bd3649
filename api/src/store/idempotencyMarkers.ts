import { createHash } from 'node:crypto';
import type { TableEntityResult } from '@azure/data-tables';

/** How long a create's idempotency key protects against a twin: retries come within seconds, double clicks within one. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** The row that records which item a request with an idempotency key made, until it expires. */
export type MarkerEntity = {
  partitionKey: string;
  rowKey: string;
  /** Row key of the item the request made. */
  target: string;
  /** ISO time after which the key is free again; markers written before expiry existed use their Timestamp plus the TTL. */
  expiresAt?: string;
};

/** Markers live beside the items of a partition under their own prefix, which no kind may take. */
export function markerRowKey(kind: string, idempotencyKey: string): string {
  return `idem_${kind}_${createHash('sha256').update(idempotencyKey).digest('hex')}`;
}

export function markerEntity(partitionKey: string, rowKey: string, target: string, now: number, ttlMs: number): MarkerEntity {
  return { partitionKey, rowKey, target, expiresAt: new Date(now + ttlMs).toISOString() };
}

/** Whether the marker still holds its key at `now`. */
export function isLive(marker: TableEntityResult<MarkerEntity>, now: number, ttlMs: number): boolean {
  const expiresAt = marker.expiresAt ?? (marker.timestamp === undefined ? undefined : new Date(Date.parse(marker.timestamp) + ttlMs).toISOString());
  return expiresAt === undefined || Date.parse(expiresAt) > now;
}
