import type { TableClient } from '@azure/data-tables';
import { claimHolds } from '../domain/claims';
import { guard, statusOf, tableCreator } from './storageCall';

/** What became of a nudge: being sent (claimed, and when), sent (with the activity id), or skipped. */
export type NudgeState =
  | { readonly state: 'sending'; readonly claimedAt: string }
  | { readonly state: 'sent'; readonly activityId: string }
  | { readonly state: 'skipped'; readonly reason: string };

/**
 * How long a claim holds: far longer than one send (a post and its retries take seconds), so
 * a claim this old was left by a sender that stopped or lost storage mid-send, and a retry may
 * take it over. The queue's retries are spaced to reach past it (api/host.json).
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

/** Whether a claimed nudge is still being sent by whoever claimed it at `claimedAt`. */
export function claimHeld(claimedAt: string, now: Date): boolean {
  return claimHolds(claimedAt, now, CLAIM_LEASE_MS);
}

type LedgerEntity = { partitionKey: string; rowKey: string; state: string; claimedAt?: string; activityId?: string; reason?: string };

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
      return { state: 'sending', claimedAt: entity.claimedAt ?? '' };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /**
   * Claims the nudge for this sender at `now`; false when it is sent, skipped or held by a live
   * claim. A lapsed claim is taken over under its ETag, so of two senders taking it over at
   * once only one wins.
   */
  async claim(nudgeId: string, now: Date): Promise<boolean> {
    await this.ensureTable();
    const claim = this.entity(nudgeId, { state: 'sending', claimedAt: now.toISOString() });
    try {
      await guard((abortSignal) => this.client.createEntity(claim, { abortSignal }));
      return true;
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
    }
    try {
      const held = await guard((abortSignal) => this.client.getEntity<LedgerEntity>('sent', nudgeId, { abortSignal }));
      if (held.state !== 'sending' || claimHeld(held.claimedAt ?? '', now)) return false;
      await guard((abortSignal) => this.client.updateEntity(claim, 'Replace', { etag: held.etag, abortSignal }));
      return true;
    } catch (error) {
      // Released (404) or taken over by another sender (412) meanwhile: not ours this time.
      if (statusOf(error) === 404 || statusOf(error) === 412) return false;
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
