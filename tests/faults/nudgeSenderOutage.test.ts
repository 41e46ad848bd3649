import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startAzurite, type Azurite } from '../../api/src/hosts/local/azurite';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import { repoRoot, startLocalApi } from '../../api/src/hosts/local/stack';
import { installationUpdate, personalChat, postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { clientFor } from '../support/apiHarness';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A Wednesday at least a week ahead: a working day in Berlin. */
function aWednesdayAhead(): string {
  const day = new Date(Date.now() + 7 * 86_400_000);
  while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

describe('the nudge sender under faults', () => {
  it('survives storage going down before the sweep and between the sweep and the send, and a connector answering 429: the reminder arrives once', async () => {
    const port = await freePort();
    const location = await mkdtemp(path.join(tmpdir(), 'upward-azurite-'));
    cleanups.push(() => rm(location, { recursive: true, force: true }));
    let azurite: Azurite = await startAzurite({ port, location, root: repoRoot });
    cleanups.push(() => azurite.stop());
    let now = new Date();
    const api = await startLocalApi({ root: repoRoot, apiPort: 0, tabOrigin: 'http://localhost:53000', tablesConnectionString: azurite.connectionString, quiet: true, now: () => now, nudgeIntervalMs: 0 });
    cleanups.push(() => api.stop());

    const name = `avery-${randomUUID().slice(0, 8)}`;
    const user = { name, objectId: devUserObjectId(name), tenantId: LOCAL_TENANT_ID };
    expect((await postActivity(api.baseUrl, { ...installationUpdate(personalChat(user), user, 'add'), localTimezone: 'Europe/Berlin' })).status).toBe(200);
    const client = await clientFor(api, name);
    const due = aWednesdayAhead();
    const title = `Send the budget ${randomUUID().slice(0, 6)}`;
    expect((await client.request('POST', '/me/commitments', { body: { title, toWhom: 'Morgan', dueDate: due } })).status).toBe(201);
    const arrived = () => api.connector.received.filter((call) => call.method === 'POST' && JSON.stringify(call.activity).includes(title)).length;

    // The timer has been running: the last window swept ends before the reminder's.
    now = new Date(`${due}T07:50:00Z`);
    expect(await api.nudges.tick()).toMatchObject({ sent: 0 });

    // Storage down when the timer fires: nothing is found, nothing is sent, nothing breaks.
    await azurite.stop();
    now = new Date(`${due}T08:05:00Z`);
    expect(await api.nudges.tick()).toEqual({ enqueued: 0, sent: 0, queued: 0 });
    azurite = await startAzurite({ port, location, root: repoRoot });

    // Back up, the next run catches the missed window up; the connector refuses with 429 throughout.
    api.connector.failNext(429, 40);
    now = new Date(`${due}T08:20:00Z`);
    const refused = await api.nudges.tick();
    expect(refused).toMatchObject({ sent: 0, queued: 1 });
    expect(arrived()).toBe(0);
    api.connector.clearFailures();

    // Storage down again with the reminder queued: it stays queued.
    await azurite.stop();
    now = new Date(`${due}T08:35:00Z`);
    expect(await api.nudges.tick()).toMatchObject({ sent: 0, queued: 1 });
    azurite = await startAzurite({ port, location, root: repoRoot });

    now = new Date(`${due}T08:50:00Z`);
    expect(await api.nudges.tick()).toMatchObject({ sent: 1, queued: 0 });
    now = new Date(`${due}T09:05:00Z`);
    await api.nudges.tick();
    expect(arrived()).toBe(1);
  }, 180_000);
});
