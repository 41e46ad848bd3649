import { afterAll, describe, expect, it } from 'vitest';
import type { TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { CLAIM_LEASE_MS } from '../../api/src/store/nudgeLedger';
import { addDays, cardsFor, filed, firstFiled, forgetSweepState, installedUser, nudgeTableAt, oneOnOneWithAgenda, plusMinutes, wallClockInBerlin, type IndexRow } from '../support/nudges';
import { startOwnStorageStack } from '../support/ownStorageStack';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const WINS = 'Log your wins';
const ONE_ON_ONE = 'is tomorrow at 10:00';
const UPDATE = 'update to Morgan';

describe('recurring nudges under faults', () => {
  it('survive storage going down during the sweep and between the sweep and the send, and a connector answering 429: each arrives once, a re-run sweep sends nothing more, and next week still comes', async () => {
    let now = new Date();
    const stack = await startOwnStorageStack(() => now);
    cleanups.push(() => stack.stop());
    const { api } = stack;
    const table = await nudgeTableAt(stack.connectionString);

    // A 1:1 on Wednesdays (so "1:1 tomorrow" on Tuesdays), wins and the update moved to Tuesday: all three fall due in the same window.
    const { employee, manager } = await oneOnOneWithAgenda(api);
    const settings = (await employee.client.request('GET', '/me/nudge-settings')).body.settings as Record<string, unknown>;
    expect((await employee.client.request('PUT', '/me/nudge-settings', { body: { ...settings, winsDay: 2 } })).status).toBe(200);
    const profile = await employee.client.request('POST', '/me/managers', { body: { name: 'Morgan' } });
    expect(profile.status).toBe(201);
    expect((await employee.client.request('POST', '/me/insights', { body: { profileId: profile.body.id, field: 'cadence', choice: 'weekly', text: 'Every Tuesday', notedOn: '2026-11-01' } })).status).toBe(201);

    const nudges = [
      { user: employee.user, kind: 'weeklyWins' },
      { user: employee.user, kind: 'oneOnOneTomorrow' },
      { user: employee.user, kind: 'updateDue' },
      { user: manager.user, kind: 'oneOnOneTomorrow' },
    ];
    const onTuesday = async (user: TeamsUser, kind: string): Promise<IndexRow> => {
      const row = (await filed(table, user, kind)).find((entry) => wallClockInBerlin(entry.sendAt) === 'Tuesday 09:00');
      if (row === undefined) throw new Error(`No Tuesday ${kind} filed`);
      return row;
    };
    const due = await Promise.all(nudges.map(({ user, kind }) => onTuesday(user, kind)));
    const sendAt = due[0]?.sendAt ?? '';
    expect(due.map((row) => row.sendAt)).toEqual(due.map(() => sendAt));
    const expected = { wins: 1, oneOnOne: 1, update: 1, managerOneOnOne: 1 };
    const arrived = () => ({
      wins: cardsFor(api, employee.user, WINS).length,
      oneOnOne: cardsFor(api, employee.user, ONE_ON_ONE).length,
      update: cardsFor(api, employee.user, UPDATE).length,
      managerOneOnOne: cardsFor(api, manager.user, ONE_ON_ONE).length,
    });

    // The timer has been running: the last window swept ends before theirs.
    now = plusMinutes(sendAt, -10);
    await forgetSweepState(table);
    expect(await api.nudges.tick()).toMatchObject({ sent: 0 });

    // Storage down when the timer fires in their window: nothing is found, nothing is sent, nothing breaks.
    await stack.storageDown();
    now = plusMinutes(sendAt, 5);
    expect(await api.nudges.tick()).toEqual({ enqueued: 0, sent: 0, queued: 0 });
    await stack.storageUp();

    // Back up, the next run catches the missed window up; the connector refuses throughout, so all four stay queued.
    api.connector.failNext(429, 1000);
    now = plusMinutes(sendAt, 20);
    expect(await api.nudges.tick()).toEqual({ enqueued: due.length, sent: 0, queued: due.length });
    api.connector.clearFailures();
    expect(arrived()).toEqual({ wins: 0, oneOnOne: 0, update: 0, managerOneOnOne: 0 });

    // Storage down between the sweep and the send: they stay queued.
    await stack.storageDown();
    now = plusMinutes(sendAt, 35);
    expect(await api.nudges.tick()).toMatchObject({ sent: 0, queued: due.length });
    await stack.storageUp();

    // Recovered, with one 429 on the way: each arrives once.
    api.connector.failNext(429, 1);
    now = plusMinutes(sendAt, 50);
    expect(await api.nudges.tick()).toEqual({ enqueued: 0, sent: due.length, queued: 0 });
    expect(arrived()).toEqual(expected);
    expect(cardsFor(api, employee.user, ONE_ON_ONE)[0]).toContain('Budget for Q1');

    // The sweep run again over their window finds them all again and sends none of them twice.
    now = plusMinutes(sendAt, 5);
    await forgetSweepState(table);
    expect(await api.nudges.tick()).toEqual({ enqueued: due.length, sent: 0, queued: 0 });
    expect(arrived()).toEqual(expected);

    // The rhythm goes on: next week's occurrences were filed at the send, and a sweep then delivers each once.
    const nextWeek = await Promise.all(nudges.map(async ({ user, kind }, at) => (await filed(table, user, kind)).find((row) => row.occurrence === addDays(due[at]?.occurrence ?? '', 7))));
    expect(nextWeek.map((row) => row?.occurrence)).toEqual(due.map((row) => addDays(row.occurrence, 7)));
    const nextSendAt = nextWeek[0]?.sendAt ?? '';
    expect(nextWeek.map((row) => row?.sendAt)).toEqual(due.map(() => nextSendAt));
    now = plusMinutes(nextSendAt, 1);
    await forgetSweepState(table);
    expect(await api.nudges.tick()).toEqual({ enqueued: due.length, sent: due.length, queued: 0 });
    await api.nudges.tick();
    expect(arrived()).toEqual({ wins: 2, oneOnOne: 2, update: 2, managerOneOnOne: 2 });
  }, 240_000);

  it('a claim left by a send that could neither post nor give it back holds off retries for its lease, then the nudge is sent once', async () => {
    let now = new Date();
    const stack = await startOwnStorageStack(() => now);
    cleanups.push(() => stack.stop());
    const { api } = stack;
    const table = await nudgeTableAt(stack.connectionString);
    const { user } = await installedUser(api);
    const wins = await firstFiled(table, user, 'weeklyWins');

    // As a sender leaves the ledger when its post failed and storage went down before it could release the claim.
    await table.createEntity({ partitionKey: 'sent', rowKey: wins.nudgeId, state: 'sending', claimedAt: wins.sendAt });
    now = plusMinutes(wins.sendAt, 1);
    await forgetSweepState(table);
    expect(await api.nudges.tick()).toEqual({ enqueued: 1, sent: 0, queued: 1 });

    // Still within the lease: whoever claimed it may yet be sending, so it waits (queued, here twice: the sweep looked at its window again).
    now = plusMinutes(wins.sendAt, CLAIM_LEASE_MS / 60_000 - 1);
    expect(await api.nudges.tick()).toMatchObject({ sent: 0, queued: 2 });
    expect(cardsFor(api, user, WINS)).toHaveLength(0);

    // The lease has lapsed: the queued retry takes the claim over and the reminder arrives, once.
    now = plusMinutes(wins.sendAt, CLAIM_LEASE_MS / 60_000 + 1);
    expect(await api.nudges.tick()).toMatchObject({ sent: 1, queued: 0 });
    await api.nudges.tick();
    expect(cardsFor(api, user, WINS)).toHaveLength(1);
  }, 120_000);
});
