import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { installationUpdate, personalChat, postActivity, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { aWednesdayAhead, cardsFor, installedUser } from '../support/nudges';
import { startOwnStorageStack, type OwnStorageStack } from '../support/ownStorageStack';

let stack: OwnStorageStack;
let api: LocalApi;
/** The clock the local scheduler sweeps and sends by. */
let now = new Date();

beforeAll(async () => {
  stack = await startOwnStorageStack(() => now);
  api = stack.api;
});
afterAll(async () => {
  await stack.stop();
});

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

describe('commitment reminders in the personal chat', () => {
  it('"due tomorrow" arrives once at the start of working hours, not before, however often the timer runs', async () => {
    const { user, client } = await installedUser(api);
    const due = aWednesdayAhead();
    const title = `Send the deck ${randomUUID().slice(0, 6)}`;
    const created = await client.request('POST', '/me/commitments', { body: { title, toWhom: 'Morgan', dueDate: due } });
    expect(created.status).toBe(201);

    // 08:00 in Berlin (07:00 UTC): before working hours.
    now = new Date(`${dayBefore(due)}T07:00:00Z`);
    await api.nudges.tick();
    expect(cardsFor(api, user, title)).toHaveLength(0);

    now = new Date(`${dayBefore(due)}T08:00:00Z`);
    await api.nudges.tick();
    await api.nudges.tick();
    now = new Date(`${dayBefore(due)}T08:20:00Z`);
    await api.nudges.tick();
    const cards = cardsFor(api, user, title);
    expect(cards).toHaveLength(1);
    const card = cards[0] ?? '';
    expect(card).toContain('Commitment due tomorrow');
    expect(card).toContain('Morgan');
    expect(card).toContain('Mark done');
    expect(card).toContain('Action.Execute');
    expect(card).toContain(encodeURIComponent(JSON.stringify({ subEntityId: created.body.id })));
  });

  it('nothing is sent for a commitment marked done before its reminder', async () => {
    const { user, client } = await installedUser(api);
    const due = aWednesdayAhead();
    const title = `Book the offsite ${randomUUID().slice(0, 6)}`;
    const created = await client.request('POST', '/me/commitments', { body: { title, dueDate: due } });
    const doneOn = new Date().toISOString().slice(0, 10);
    const done = await client.request('PUT', `/me/commitments/${String(created.body.id)}`, {
      body: { title, dueDate: due, status: 'done', doneOn },
      headers: { 'If-Match': String(created.body.etag) },
    });
    expect(done.status).toBe(200);
    now = new Date(`${due}T08:05:00Z`);
    await api.nudges.tick();
    expect(cardsFor(api, user, title)).toHaveLength(0);
  });

  it('with the reminder switched off, or after uninstalling, nothing arrives', async () => {
    const off = await installedUser(api);
    const settings = (await off.client.request('GET', '/me/nudge-settings')).body.settings as { switches: Record<string, boolean> };
    await off.client.request('PUT', '/me/nudge-settings', { body: { ...settings, switches: { ...settings.switches, commitmentDue: false } } });
    const gone = await installedUser(api);
    const due = aWednesdayAhead();
    const title = `Review the plan ${randomUUID().slice(0, 6)}`;
    for (const { client } of [off, gone]) await client.request('POST', '/me/commitments', { body: { title, dueDate: due } });
    await postActivity(api.baseUrl, installationUpdate(personalChat(gone.user), gone.user, 'remove'));

    now = new Date(`${due}T08:10:00Z`);
    await api.nudges.tick();
    expect(cardsFor(api, off.user, title)).toHaveLength(0);
    expect(cardsFor(api, gone.user, title)).toHaveLength(0);
  });

  it('a connector answering 502 for a while: the reminder stays queued and arrives once later', async () => {
    const { user, client } = await installedUser(api);
    const due = aWednesdayAhead();
    const title = `Share the notes ${randomUUID().slice(0, 6)}`;
    await client.request('POST', '/me/commitments', { body: { title, dueDate: due } });
    now = new Date(`${due}T08:30:00Z`);
    // More failures than the connector client and our retries together make on one run.
    api.connector.failNext(502, 40);
    const first = await api.nudges.tick();
    api.connector.clearFailures();
    expect(cardsFor(api, user, title)).toHaveLength(0);
    expect(first.sent).toBe(0);
    expect(first.queued).toBeGreaterThan(0);
    now = new Date(`${due}T08:45:00Z`);
    await api.nudges.tick();
    expect(cardsFor(api, user, title)).toHaveLength(1);
  }, 120_000);
});

/** What Teams sends when the user presses an Action.Execute button on a card in their personal chat with the bot. */
function cardInvoke(user: TeamsUser, verb: string, data: Record<string, unknown>) {
  return {
    name: 'adaptiveCard/action',
    type: 'invoke',
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: `29:1${user.objectId.replace(/-/g, '')}`, name: user.name, aadObjectId: user.objectId },
    conversation: { conversationType: 'personal', tenantId: user.tenantId, id: personalChat(user).id },
    recipient: { id: '28:00000000-0000-4000-8000-0000000000b0', name: 'Upward' },
    entities: [{ locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/Berlin', type: 'clientInfo' }],
    channelData: { tenant: { id: user.tenantId }, source: { name: 'message' }, legacy: { replyToId: '1:1abc' } },
    replyToId: '1:1abc',
    value: { action: { type: 'Action.Execute', title: verb, verb, data }, trigger: 'manual' },
    locale: 'en-GB',
    localTimezone: 'Europe/Berlin',
  };
}

describe('acting in the reminder card', () => {
  it('Mark done answers with the refreshed card, the item is done after a reload, and a retried press changes nothing', async () => {
    const { user, client } = await installedUser(api);
    const due = aWednesdayAhead();
    const title = `Write the summary ${randomUUID().slice(0, 6)}`;
    const created = await client.request('POST', '/me/commitments', { body: { title, dueDate: due } });
    const data = { commitmentId: created.body.id, dueDate: due, nudge: 'dueToday' };

    const pressed = await postActivity(api.baseUrl, cardInvoke(user, 'commitment.markDone', data));
    expect(pressed.status).toBe(200);
    expect(pressed.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(pressed.body)).toContain('Commitment done');
    expect(JSON.stringify(pressed.body)).not.toContain('Mark done');

    const reloaded = await client.request('GET', `/me/commitments/${String(created.body.id)}`);
    expect(reloaded.body).toMatchObject({ status: 'done', doneOn: expect.any(String) });
    const again = await postActivity(api.baseUrl, cardInvoke(user, 'commitment.markDone', data));
    expect(JSON.stringify(again.body)).toContain('Commitment done');
    expect((await client.request('GET', `/me/commitments/${String(created.body.id)}`)).body.etag).toBe(reloaded.body.etag);
  });

  it('New date moves the commitment; an unreadable action is refused without a change', async () => {
    const { user, client } = await installedUser(api);
    const due = aWednesdayAhead();
    const title = `Plan the demo ${randomUUID().slice(0, 6)}`;
    const created = await client.request('POST', '/me/commitments', { body: { title, dueDate: due } });
    const later = `${String(Number(due.slice(0, 4)) + 1)}${due.slice(4)}`;
    const moved = await postActivity(api.baseUrl, cardInvoke(user, 'commitment.newDate', { commitmentId: created.body.id, dueDate: due, nudge: 'dueTomorrow', newDueDate: later }));
    expect(JSON.stringify(moved.body)).toContain(later);
    expect((await client.request('GET', `/me/commitments/${String(created.body.id)}`)).body).toMatchObject({ dueDate: later, status: 'open' });

    const bad = await postActivity(api.baseUrl, cardInvoke(user, 'commitment.newDate', { commitmentId: created.body.id, nudge: 'dueTomorrow', newDueDate: 'soon' }));
    expect(bad.status).toBe(200);
    expect(JSON.stringify(bad.body)).not.toContain('Mark done');
    expect((await client.request('GET', `/me/commitments/${String(created.body.id)}`)).body).toMatchObject({ dueDate: later });
  });
});
