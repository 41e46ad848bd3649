import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { describe, expect, it, inject } from 'vitest';
import { CLAIM_LEASE_MS, claimHeld, NudgeLedger } from './nudgeLedger';

const table = TableClient.fromConnectionString(inject('tablesConnectionString'), `ledger${randomUUID().slice(0, 8)}`, { allowInsecureConnection: true });
const ledger = new NudgeLedger(table);
const at = (iso: string, plusMs = 0) => new Date(Date.parse(iso) + plusMs);
const T0 = '2026-12-08T08:00:00.000Z';

describe('the nudge ledger', () => {
  it('lets one sender claim a nudge, and nobody else while the claim holds or once it is sent', async () => {
    const id = randomUUID();
    expect(await ledger.claim(id, at(T0))).toBe(true);
    expect(await ledger.claim(id, at(T0, 60_000))).toBe(false);
    expect(await ledger.get(id)).toEqual({ state: 'sending', claimedAt: T0 });
    await ledger.mark(id, { state: 'sent', activityId: 'a1' });
    expect(await ledger.claim(id, at(T0, CLAIM_LEASE_MS * 10))).toBe(false);
    expect(await ledger.get(id)).toEqual({ state: 'sent', activityId: 'a1' });
  });

  it('hands a lapsed claim to exactly one of two senders taking it over at once', async () => {
    const id = randomUUID();
    expect(await ledger.claim(id, at(T0))).toBe(true);
    const later = at(T0, CLAIM_LEASE_MS + 1000);
    const takers = await Promise.all([ledger.claim(id, later), ledger.claim(id, later)]);
    expect(takers.filter(Boolean)).toHaveLength(1);
    expect(await ledger.get(id)).toEqual({ state: 'sending', claimedAt: later.toISOString() });
  });

  it('never takes over a skipped nudge, and takes over a claim written without a time', async () => {
    const skipped = randomUUID();
    await ledger.mark(skipped, { state: 'skipped', reason: 'deleted' });
    expect(await ledger.claim(skipped, at(T0, CLAIM_LEASE_MS * 10))).toBe(false);
    const untimed = randomUUID();
    await table.createEntity({ partitionKey: 'sent', rowKey: untimed, state: 'sending' });
    expect(await ledger.claim(untimed, at(T0))).toBe(true);
  });
});

describe('a claim holds', () => {
  it('for the lease and no longer; a time it cannot read does not hold', () => {
    expect(claimHeld(T0, at(T0, CLAIM_LEASE_MS - 1))).toBe(true);
    expect(claimHeld(T0, at(T0, CLAIM_LEASE_MS))).toBe(false);
    expect(claimHeld('', at(T0))).toBe(false);
  });
});
