import type { RecordSummary } from '@domain/oneOnOne';

/** Newest first, each record once: the space's recent ones may be newer than the pages loaded earlier. */
export function mergeRecords(recent: readonly RecordSummary[], loaded: readonly RecordSummary[]): RecordSummary[] {
  const byId = new Map([...loaded, ...recent].map((summary) => [summary.id, summary]));
  return [...byId.values()].sort((a, b) => b.closedAt.localeCompare(a.closedAt));
}
