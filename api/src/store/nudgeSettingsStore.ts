import type { TableClient } from '@azure/data-tables';
import { personalPartition, type Caller } from '../domain/identity';
import { nudgeSettingsSchema, type NudgeSettings } from '../domain/nudges/nudgeSettings';
import { VersionConflictError } from './errors';
import { guard, statusOf, tableCreator } from './storageCall';

const SCHEMA_VERSION = 1;
const ROW_KEY = 'settings';

type SettingsEntity = { partitionKey: string; rowKey: string; schemaVersion: number; body: string };

/** A user's stored nudge settings and their version. */
export interface StoredNudgeSettings {
  readonly settings: NudgeSettings;
  readonly etag: string;
}

/** Where to log a stored row that fits no schema. */
export interface SettingsStoreLog {
  error(message: string, error: unknown): void;
}

/**
 * Nudge settings, one row per user (keyed like the user's personal partition) in the nudge
 * table, read by the sweep's sender by key. Writes are conditional: the first creates, every
 * later one carries the ETag it was based on.
 */
export class NudgeSettingsStore {
  private readonly ensureTable: () => Promise<void>;

  constructor(
    private readonly client: TableClient,
    private readonly log: SettingsStoreLog,
  ) {
    this.ensureTable = tableCreator(client);
  }

  /** The user's settings, or undefined when never saved (or unreadable, which is logged). */
  async get(user: Pick<Caller, 'tenantId' | 'objectId'>): Promise<StoredNudgeSettings | undefined> {
    await this.ensureTable();
    let entity: SettingsEntity & { etag: string };
    try {
      entity = await guard((abortSignal) => this.client.getEntity<SettingsEntity>(personalPartition(user), ROW_KEY, { abortSignal }));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(entity.body);
    } catch {
      parsed = undefined;
    }
    const read = nudgeSettingsSchema.safeParse(parsed);
    if (read.success) return { settings: read.data, etag: entity.etag };
    this.log.error('Skipped stored nudge settings that fit no schema', read.error.issues);
    return undefined;
  }

  /**
   * Saves the settings: a create when `etag` is undefined (fails if someone saved first), else
   * a replace under that ETag. {@link VersionConflictError} when either lost a race.
   */
  async save(user: Pick<Caller, 'tenantId' | 'objectId'>, settings: NudgeSettings, etag: string | undefined): Promise<void> {
    await this.ensureTable();
    const entity: SettingsEntity = { partitionKey: personalPartition(user), rowKey: ROW_KEY, schemaVersion: SCHEMA_VERSION, body: JSON.stringify(nudgeSettingsSchema.parse(settings)) };
    try {
      if (etag === undefined) await guard((abortSignal) => this.client.createEntity(entity, { abortSignal }));
      else await guard((abortSignal) => this.client.updateEntity(entity, 'Replace', { etag, abortSignal }));
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || status === 412 || status === 404 || status === 400) throw new VersionConflictError(undefined);
      throw error;
    }
  }

  /** Forgets the user's settings (the defaults apply again); forgetting none is fine. */
  async delete(user: Pick<Caller, 'tenantId' | 'objectId'>): Promise<void> {
    await this.ensureTable();
    try {
      await guard((abortSignal) => this.client.deleteEntity(personalPartition(user), ROW_KEY, { abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
}
