import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { aWednesdayAhead, installedUser } from '../support/nudges';
import { startOwnStorageStack } from '../support/ownStorageStack';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('the nudge sender under faults', () => {
  it('survives storage going down before the sweep and between the sweep and the send, and a connector answering 429: the reminder arrives once', async () => {
    let now = new Date();
    const stack = await startOwnStorageStack(() => now);
    cleanups.push(() => stack.stop());
    const { api } = stack;
    const { client } = await installedUser(api);
    const due = aWednesdayAhead();
    const title = `Send the budget ${randomUUID().slice(0, 6)}`;
    expect((await client.request('POST', '/me/commitments', { body: { title, toWhom: 'Morgan', dueDate: due } })).status).toBe(201);
    const arrived = () => api.connector.received.filter((call) => call.method === 'POST' && JSON.stringify(call.activity).includes(title)).length;

    // The timer has been running: the last window swept ends before the reminder's.
    now = new Date(`${due}T07:50:00Z`);
    expect(await api.nudges.tick()).toMatchObject({ sent: 0 });

    // Storage down when the timer fires: nothing is found, nothing is sent, nothing breaks.
    await stack.storageDown();
    now = new Date(`${due}T08:05:00Z`);
    expect(await api.nudges.tick()).toEqual({ enqueued: 0, sent: 0, queued: 0 });
    await stack.storageUp();

    // Back up, the next run catches the missed window up; the connector refuses with 429 throughout.
    api.connector.failNext(429, 40);
    now = new Date(`${due}T08:20:00Z`);
    const refused = await api.nudges.tick();
    expect(refused).toMatchObject({ sent: 0, queued: 1 });
    expect(arrived()).toBe(0);
    api.connector.clearFailures();

    // Storage down again with the reminder queued: it stays queued.
    await stack.storageDown();
    now = new Date(`${due}T08:35:00Z`);
    expect(await api.nudges.tick()).toMatchObject({ sent: 0, queued: 1 });
    await stack.storageUp();

    now = new Date(`${due}T08:50:00Z`);
    expect(await api.nudges.tick()).toMatchObject({ sent: 1, queued: 0 });
    now = new Date(`${due}T09:05:00Z`);
    await api.nudges.tick();
    expect(arrived()).toBe(1);
  }, 180_000);
});
