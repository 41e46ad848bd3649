import type { TableClient } from '@azure/data-tables';
import { guard, statusOf, tableCreator } from './storageCall';

/** What became of a nudge: being sent (claimed), sent (with the activity id), or skipped. */
export type NudgeState = { readonly state: 'sending' } | { readonly state: 'sent'; readonly activityId: string } | { readonly state: 'skipped'; readonly reason: string };

type LedgerEntity = { partitionKey: string; rowKey: string; state: string; activityId?: string; reason?: string };

/**
 * One row per nudge id (partition `sent`), claimed before a send and marked after it, so a
 * nudge is sent once however often the sweep enqueues it or a send is retried.
 */
export class NudgeLedger {
  private readonly ensureTable: () => Promise<void>;

  constructor(private readonly client: TableClient) {
    this.ensureTable = tableCreator(client);
  }

  /** The nudge's state, or undefined when nobody has claimed it. */
  async get(nudgeId: string): Promise<NudgeState | undefined> {
    await this.ensureTable();
    try {
      const entity = await guard((abortSignal) => this.client.getEntity<LedgerEntity>('sent', nudgeId, { abortSignal }));
      if (entity.state === 'sent' && typeof entity.activityId === 'string') return { state: 'sent', activityId: entity.activityId };
      if (entity.state === 'skipped') return { state: 'skipped', reason: entity.reason ?? '' };
      return { state: 'sending' };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** Claims the nudge for this sender; false when it is already claimed (sent, skipped or in flight). */
  async claim(nudgeId: string, state: NudgeState): Promise<boolean> {
    await this.ensureTable();
    try {
      await guard((abortSignal) => this.client.createEntity(this.entity(nudgeId, state), { abortSignal }));
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw error;
    }
  }

  /** Records the outcome of a claimed nudge. */
  async mark(nudgeId: string, state: NudgeState): Promise<void> {
    await this.ensureTable();
    await guard((abortSignal) => this.client.upsertEntity(this.entity(nudgeId, state), 'Replace', { abortSignal }));
  }

  /** Gives a claim back after a send that certainly failed, so a retry may send. */
  async release(nudgeId: string): Promise<void> {
    await this.ensureTable();
    try {
      await guard((abortSignal) => this.client.deleteEntity('sent', nudgeId, { abortSignal }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  private entity(nudgeId: string, state: NudgeState): LedgerEntity {
    return { partitionKey: 'sent', rowKey: nudgeId, ...state };
  }
}
