import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { installationUpdate, personalChat, postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { clientFor, startTestApi } from '../support/apiHarness';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('GET/PUT /me/nudge-settings', () => {
  it('starts from the defaults in the time zone Teams reported, then saves with If-Match and refuses a stale version', async () => {
    const name = `avery-${randomUUID().slice(0, 8)}`;
    const user = { name, objectId: devUserObjectId(name), tenantId: LOCAL_TENANT_ID };
    await postActivity(api.baseUrl, { ...installationUpdate(personalChat(user), user, 'add'), localTimezone: 'Europe/Berlin' });
    const client = await clientFor(api, name);

    const first = await client.request('GET', '/me/nudge-settings');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: null, settings: { timeZone: 'Europe/Berlin', workingHours: { start: '09:00', end: '17:00' }, switches: { commitmentDue: true } } });

    const settings = first.body.settings as Record<string, unknown>;
    const off = { ...settings, switches: { ...(settings.switches as object), commitmentDue: false } };
    const saved = await client.request('PUT', '/me/nudge-settings', { body: off });
    expect(saved.status).toBe(200);
    const version = saved.body.version as string;
    expect(version).toEqual(expect.any(String));

    // A second save without the version, or with an old one, never overwrites.
    expect((await client.request('PUT', '/me/nudge-settings', { body: settings })).status).toBe(428);
    const later = await client.request('PUT', '/me/nudge-settings', { body: { ...off, winsDay: 4 }, headers: { 'If-Match': version } });
    expect(later.status).toBe(200);
    const stale = await client.request('PUT', '/me/nudge-settings', { body: settings, headers: { 'If-Match': version } });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ current: { settings: { winsDay: 4 } } });

    // After a reload, what was saved is what is in force.
    expect((await client.request('GET', '/me/nudge-settings')).body).toMatchObject({ settings: { winsDay: 4, switches: { commitmentDue: false } } });
  });

  it('refuses hours that end before they start, naming the field', async () => {
    const client = await clientFor(api, `morgan-${randomUUID().slice(0, 8)}`);
    const current = (await client.request('GET', '/me/nudge-settings')).body.settings as Record<string, unknown>;
    const response = await client.request('PUT', '/me/nudge-settings', { body: { ...current, workingHours: { start: '18:00', end: '09:00', days: [1] } } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('workingHours');
  });
});
