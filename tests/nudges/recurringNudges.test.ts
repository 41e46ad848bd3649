import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { cardActionInvoke, installationUpdate, personalChat, postActivity } from '../../api/src/hosts/teams/teamsActivities';
import type { Client } from '../support/apiHarness';
import { startOwnStorageStack, type OwnStorageStack } from '../support/ownStorageStack';
import { addDays, cardsFor, filed, firstFiled, forgetSweepState, installedUser, nudgeTableAt, oneOnOneWithAgenda, plusMinutes, wallClockInBerlin } from '../support/nudges';

let api: LocalApi;
let nudgeTable: TableClient;
/** The clock the local scheduler sweeps and sends by. */
let now = new Date();

let stack: OwnStorageStack;

beforeAll(async () => {
  stack = await startOwnStorageStack(() => now);
  api = stack.api;
  nudgeTable = await nudgeTableAt(stack.connectionString);
});
afterAll(async () => {
  await stack.stop();
});

/** One timer run at `at`, as if it were the first: the sweep reads that instant's bucket. */
async function sweepAt(at: Date, times = 1): Promise<void> {
  now = at;
  await forgetSweepState(nudgeTable);
  for (let run = 0; run < times; run++) await api.nudges.tick();
}

describe('weekly "log your wins"', () => {
  it('is filed at install for the wins day at 09:00 in the user zone, arrives once however often the timer runs, and files next week', async () => {
    const { user, client } = await installedUser(api);
    const entry = await firstFiled(nudgeTable, user, 'weeklyWins');
    expect(wallClockInBerlin(entry.sendAt)).toBe('Friday 09:00');
    expect((await client.request('POST', '/me/wins', { body: { title: 'Shipped the importer', date: entry.occurrence } })).status).toBe(201);

    await sweepAt(plusMinutes(entry.sendAt, -60));
    expect(cardsFor(api, user, 'Log your wins')).toHaveLength(0);
    await sweepAt(plusMinutes(entry.sendAt, 1), 2);
    await api.nudges.tick();
    const cards = cardsFor(api, user, 'Log your wins');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('1 win logged this week.');
    expect(cards[0]).toContain(encodeURIComponent(JSON.stringify({ subEntityId: 'personal' })));
    expect((await filed(nudgeTable, user, 'weeklyWins')).map((row) => row.occurrence)).toContain(addDays(entry.occurrence, 7));
  });

  it('sends nothing to a user who switched it off, or who uninstalled', async () => {
    const off = await installedUser(api, 'nia');
    const settings = (await off.client.request('GET', '/me/nudge-settings')).body.settings as { switches: Record<string, boolean> };
    expect((await off.client.request('PUT', '/me/nudge-settings', { body: { ...settings, switches: { ...settings.switches, weeklyWins: false } } })).status).toBe(200);
    const gone = await installedUser(api, 'omar');
    await postActivity(api.baseUrl, installationUpdate(personalChat(gone.user), gone.user, 'remove'));
    const entry = await firstFiled(nudgeTable, gone.user, 'weeklyWins');

    await sweepAt(plusMinutes(entry.sendAt, 2), 2);
    expect(cardsFor(api, off.user, 'Log your wins')).toHaveLength(0);
    expect(cardsFor(api, gone.user, 'Log your wins')).toHaveLength(0);
  });

  it('moves with the wins day when the settings are saved', async () => {
    const { user, client } = await installedUser(api, 'pia');
    const settings = (await client.request('GET', '/me/nudge-settings')).body.settings as Record<string, unknown>;
    expect((await client.request('PUT', '/me/nudge-settings', { body: { ...settings, winsDay: 2 } })).status).toBe(200);
    const tuesday = (await filed(nudgeTable, user, 'weeklyWins')).find((row) => wallClockInBerlin(row.sendAt) === 'Tuesday 09:00');
    expect(tuesday).toBeDefined();
    const friday = (await filed(nudgeTable, user, 'weeklyWins')).find((row) => wallClockInBerlin(row.sendAt) === 'Friday 09:00');
    // The row filed at install for Friday stays in its bucket, but no longer holds: nothing is sent from it.
    if (friday !== undefined) {
      await sweepAt(plusMinutes(friday.sendAt, 1));
      expect(cardsFor(api, user, 'Log your wins')).toHaveLength(0);
    }
  });
});

/** The manager's update cadence in the private profile: "Every Friday". */
async function fridayCadence(client: Client): Promise<void> {
  const profile = await client.request('POST', '/me/managers', { body: { name: 'Morgan' } });
  expect(profile.status).toBe(201);
  const insight = await client.request('POST', '/me/insights', { body: { profileId: profile.body.id, field: 'cadence', choice: 'weekly', text: 'Every Friday', notedOn: '2026-11-01' } });
  expect(insight.status).toBe(201);
}

describe('update due', () => {
  it('"Your Friday update to Morgan" arrives once on the due day, with Draft it opening the updates page', async () => {
    const { user, client } = await installedUser(api);
    expect(await filed(nudgeTable, user, 'updateDue')).toEqual([]);
    await fridayCadence(client);
    const entry = await firstFiled(nudgeTable, user, 'updateDue');
    expect(wallClockInBerlin(entry.sendAt)).toBe('Friday 09:00');

    await sweepAt(plusMinutes(entry.sendAt, 1), 2);
    const cards = cardsFor(api, user, 'update to Morgan');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Your Friday update to Morgan');
    expect(cards[0]).toContain('Draft it');
    expect(cards[0]).toContain(encodeURIComponent(JSON.stringify({ subEntityId: 'updates' })));
  });

  it('is not sent when the update for that period already went out, and the next period is filed', async () => {
    const { user, client } = await installedUser(api);
    // Monthly, due at the month's end: the period is the month we are in, so an update sent today counts for it.
    const profile = await client.request('POST', '/me/managers', { body: { name: 'Robin' } });
    await client.request('POST', '/me/insights', { body: { profileId: profile.body.id, field: 'cadence', choice: 'monthly', text: 'Monthly', notedOn: '2026-11-01' } });
    const entry = await firstFiled(nudgeTable, user, 'updateDue');
    const update = { to: { kind: 'copied', as: 'markdown' }, title: 'This month', style: { format: 'bullets', order: 'numbersFirst' }, lines: [{ section: 'done', text: 'Done a thing' }] };
    expect((await client.request('POST', '/me/updates', { body: update })).status).toBe(201);

    await sweepAt(plusMinutes(entry.sendAt, 1), 2);
    expect(cardsFor(api, user, 'update to Robin')).toHaveLength(0);
    const later = (await filed(nudgeTable, user, 'updateDue')).filter((row) => row.occurrence > entry.occurrence);
    expect(later.map((row) => row.occurrence.slice(0, 7))).toContain(addDays(entry.occurrence, 1).slice(0, 7));
  });
});

describe('1:1 tomorrow', () => {
  it('arrives once for each of the two the day before, with the agenda, Add talking point and a link to the 1:1', async () => {
    const { employee, manager, chat } = await oneOnOneWithAgenda(api);
    const entry = await firstFiled(nudgeTable, employee.user, 'oneOnOneTomorrow');
    expect(entry.subjectId).toBe(chat.id);
    expect(wallClockInBerlin(entry.sendAt)).toBe('Tuesday 09:00');
    expect(entry.occurrence).toBe(addDays(entry.sendAt.slice(0, 10), 1));

    await sweepAt(plusMinutes(entry.sendAt, 1), 2);
    const cards = cardsFor(api, employee.user, 'is tomorrow at 10:00');
    expect(cards).toHaveLength(1);
    // Teams names nobody in a membership update; the card names the other person once the roster has learnt their name.
    expect(cards[0]).toContain('Your 1:1');
    expect(cards[0]).toContain('Budget for Q1');
    expect(cards[0]).toContain('Add talking point');
    expect(cards[0]).toContain('oneOnOne.addTalkingPoint');
    expect(cards[0]).toContain(encodeURIComponent(chat.id));
    expect(cardsFor(api, manager.user, 'is tomorrow at 10:00')).toHaveLength(1);
  });

  it('Add talking point from the card puts it on the agenda once; someone not in the chat is refused', async () => {
    const { employee, chat, base } = await oneOnOneWithAgenda(api);
    const entry = await firstFiled(nudgeTable, employee.user, 'oneOnOneTomorrow');
    const data = { chatId: chat.id, meetingDate: entry.occurrence, talkingPoint: 'Conference budget' };
    const press = cardActionInvoke(personalChat(employee.user), employee.user, { verb: 'oneOnOne.addTalkingPoint', data, replyToId: '1:1abc' });

    const pressed = await postActivity(api.baseUrl, press);
    expect(pressed.status).toBe(200);
    expect(pressed.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(pressed.body)).toContain('Added to the agenda: Conference budget');
    // Teams retrying the same invoke adds nothing more.
    expect((await postActivity(api.baseUrl, press)).status).toBe(200);
    const titles = async () => ((await employee.client.request('GET', `${base}/space`)).body.agenda as { items: { title: string }[] }).items.map((item) => item.title);
    expect(await titles()).toEqual(['Budget for Q1', 'Conference budget']);

    const outsider = await installedUser(api, 'quinn');
    const refused = await postActivity(api.baseUrl, cardActionInvoke(personalChat(outsider.user), outsider.user, { verb: 'oneOnOne.addTalkingPoint', data: { ...data, talkingPoint: 'Sneaky point' }, replyToId: '1:1abc' }));
    expect(refused.status).toBe(200);
    expect(JSON.stringify(refused.body)).toContain('Only the people in this 1:1 can add to its agenda.');
    expect(await titles()).toEqual(['Budget for Q1', 'Conference budget']);
  });

  it('nothing for a user who switched it off, and nothing once the cadence is cleared', async () => {
    const { employee, manager, base } = await oneOnOneWithAgenda(api);
    const settings = (await manager.client.request('GET', '/me/nudge-settings')).body.settings as { switches: Record<string, boolean> };
    expect((await manager.client.request('PUT', '/me/nudge-settings', { body: { ...settings, switches: { ...settings.switches, oneOnOneTomorrow: false } } })).status).toBe(200);
    const entry = await firstFiled(nudgeTable, employee.user, 'oneOnOneTomorrow');
    await sweepAt(plusMinutes(entry.sendAt, 1));
    expect(cardsFor(api, employee.user, 'is tomorrow at 10:00')).toHaveLength(1);
    expect(cardsFor(api, manager.user, 'is tomorrow at 10:00')).toHaveLength(0);

    const version = String(((await employee.client.request('GET', `${base}/space`)).body.settings as { version: string }).version);
    expect((await employee.client.request('PUT', `${base}/settings`, { body: { cadence: null }, headers: { 'If-Match': version } })).status).toBe(200);
    const next = (await filed(nudgeTable, employee.user, 'oneOnOneTomorrow')).find((row) => row.occurrence === addDays(entry.occurrence, 7));
    expect(next).toBeDefined();
    await sweepAt(plusMinutes(next?.sendAt ?? entry.sendAt, 1));
    expect(cardsFor(api, employee.user, 'is tomorrow at 10:00')).toHaveLength(1);
  });
});

describe('the index of due work across its upgrade', () => {
  it('a commitment reminder filed as a version-1 row (before recurring nudges) is still read, and sent once', async () => {
    const { user, client } = await installedUser(api);
    const due = (await firstFiled(nudgeTable, user, 'weeklyWins')).occurrence;
    const title = `Old-row reminder ${randomUUID().slice(0, 6)}`;
    const created = await client.request('POST', '/me/commitments', { body: { title, dueDate: due } });
    expect(created.status).toBe(201);
    // Replace the rows this version filed with the one the previous version would have written.
    for await (const row of nudgeTable.listEntities<{ partitionKey: string; rowKey: string }>({ queryOptions: { filter: odata`objectId eq ${user.objectId} and kind eq ${'commitmentDue'}` } })) await nudgeTable.deleteEntity(row.partitionKey, row.rowKey);
    const sendAt = `${due}T08:00:00.000Z`;
    const nudgeId = [user.tenantId, user.objectId, String(created.body.id), 'dueToday', due].join('_');
    await nudgeTable.createEntity({ partitionKey: `due_${due}T08:00Z`, rowKey: nudgeId, nudgeId, tenantId: user.tenantId, objectId: user.objectId, commitmentId: String(created.body.id), nudge: 'dueToday', dueDate: due, sendAt });

    await sweepAt(plusMinutes(sendAt, 3), 2);
    const cards = cardsFor(api, user, title);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Commitment due today');
  });
});

describe('after the timer was out for days', () => {
  it('the occurrences it missed are not sent, their next ones are filed from then, and each of those arrives once', async () => {
    now = new Date();
    const { employee, manager } = await oneOnOneWithAgenda(api);
    const missed = [
      { user: employee.user, kind: 'weeklyWins', text: 'Log your wins' },
      { user: employee.user, kind: 'oneOnOneTomorrow', text: 'is tomorrow at 10:00' },
      { user: manager.user, kind: 'oneOnOneTomorrow', text: 'is tomorrow at 10:00' },
    ];
    const rows = await Promise.all(missed.map(({ user, kind }) => firstFiled(nudgeTable, user, kind)));
    const sendAts = rows.map((row) => row.sendAt).sort();
    const arrived = () => missed.map(({ user, text }) => cardsFor(api, user, text).length);

    // The last run before the outage ends before the first of them; the next comes three hours after the last, days later.
    await sweepAt(plusMinutes(sendAts[0] ?? '', -10));
    now = plusMinutes(sendAts.at(-1) ?? '', 180);
    expect(now.getTime() - Date.parse(sendAts[0] ?? '')).toBeGreaterThan(3 * 86_400_000);
    await api.nudges.tick();
    expect(arrived()).toEqual([0, 0, 0]);

    const next = await Promise.all(missed.map(async ({ user, kind }, at) => (await filed(nudgeTable, user, kind)).find((row) => row.occurrence === addDays(rows[at]?.occurrence ?? '', 7))));
    expect(next.map((row) => row?.occurrence)).toEqual(rows.map((row) => addDays(row.occurrence, 7)));
    for (const row of next) await sweepAt(plusMinutes(row?.sendAt ?? '', 1), 2);
    expect(arrived()).toEqual([1, 1, 1]);
  });

  it('a sweep on time reads no bucket before its own: a row there that never filed its next one stays as it is', async () => {
    now = new Date();
    const { user } = await installedUser(api, 'rae');
    const wins = await firstFiled(nudgeTable, user, 'weeklyWins');
    // The timer has run every quarter hour since long after the row's window: the row's send is lost, and an on-time sweep must not go looking for it.
    await sweepAt(plusMinutes(wins.sendAt, 165));
    now = plusMinutes(wins.sendAt, 180);
    await api.nudges.tick();
    expect((await filed(nudgeTable, user, 'weeklyWins')).map((row) => row.occurrence)).toEqual([wins.occurrence]);
  });
});
