import { odata, type TableClient } from '@azure/data-tables';
import { dueEntrySchema, readDueEntry, type DueEntry } from '../domain/nudges/dueEntry';
import { guard, statusOf, tableCreator } from './storageCall';

export type { DueEntry } from '../domain/nudges/dueEntry';

const SWEEP = { partitionKey: 'sweep', rowKey: 'state' } as const;

/** Where to log a stored row that fits no schema. */
export interface IndexLog {
  error(message: string, error: unknown): void;
}

/**
 * The index of due work: partition = a 15-minute UTC bucket (`due_2026-12-03T08:15Z`), row =
 * the nudge id (which names the occurrence, so a recurring nudge files one row per occurrence), so a sweep reads one partition per bucket and never touches users' own
 * partitions. Filing the same nudge twice overwrites one row. Also holds the sweep's
 * last-swept bucket, changed only under its ETag.
 */
export class DueIndexStore {
  private readonly ensureTable: () => Promise<void>;

  constructor(
    private readonly client: TableClient,
    private readonly log: IndexLog,
  ) {
    this.ensureTable = tableCreator(client);
  }

  /** Files (or refiles) entries in their bucket. */
  async file(bucket: string, entries: readonly DueEntry[]): Promise<void> {
    await this.ensureTable();
    for (const entry of entries) {
      const entity = { partitionKey: `due_${bucket}`, rowKey: entry.nudgeId, ...dueEntrySchema.parse(entry) };
      await guard((abortSignal) => this.client.upsertEntity(entity, 'Replace', { abortSignal }));
    }
  }

  /** Every entry of one bucket, checked against the schema and old rows upgraded (unreadable rows are logged and skipped). */
  async list(bucket: string): Promise<DueEntry[]> {
    await this.ensureTable();
    return guard(async (abortSignal) => {
      const entries: DueEntry[] = [];
      const pages = this.client.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${`due_${bucket}`}` }, abortSignal }).byPage({ maxPageSize: 1000 });
      for await (const page of pages) {
        for (const entity of page) {
          const read = readDueEntry(entity);
          if (read.success) entries.push(read.data);
          else this.log.error('Skipped a due-work row that fits no schema', read.error.issues);
        }
      }
      return entries;
    });
  }

  /** The last bucket swept and the state's ETag (both undefined before the first sweep). */
  async sweepState(): Promise<{ readonly lastSwept: string | undefined; readonly etag: string | undefined }> {
    await this.ensureTable();
    try {
      const entity = await guard((abortSignal) => this.client.getEntity<{ lastSwept?: unknown }>(SWEEP.partitionKey, SWEEP.rowKey, { abortSignal }));
      return { lastSwept: typeof entity.lastSwept === 'string' ? entity.lastSwept : undefined, etag: entity.etag };
    } catch (error) {
      if (statusOf(error) === 404) return { lastSwept: undefined, etag: undefined };
      throw error;
    }
  }

  /** Records the last bucket swept; false when another sweep changed the state first. */
  async saveSweepState(lastSwept: string, etag: string | undefined): Promise<boolean> {
    await this.ensureTable();
    const entity = { ...SWEEP, lastSwept };
    try {
      if (etag === undefined) await guard((abortSignal) => this.client.createEntity(entity, { abortSignal }));
      else await guard((abortSignal) => this.client.updateEntity(entity, 'Replace', { etag, abortSignal }));
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || status === 412) return false;
      throw error;
    }
  }
}
