// Nudge tests: installed users, the index of due work as stored, and what reached the personal chat.
import { randomUUID } from 'node:crypto';
import { odata, TableClient } from '@azure/data-tables';
import { expect } from 'vitest';
import { TABLES } from '../../api/src/app/services';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { appAddedToChat, installationUpdate, oneOnOneChat, personalChat, postActivity, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { clientFor, type Client } from './apiHarness';

/** A dev user with the app installed for themselves, in Berlin (defaults: every nudge on, 09:00 to 17:00 Monday to Friday, wins on Friday). */
export async function installedUser(api: LocalApi, prefix = 'avery'): Promise<{ user: TeamsUser; client: Client }> {
  const name = `${prefix}-${randomUUID().slice(0, 8)}`;
  const user = { name, objectId: devUserObjectId(name), tenantId: LOCAL_TENANT_ID };
  const response = await postActivity(api.baseUrl, { ...installationUpdate(personalChat(user), user, 'add'), localTimezone: 'Europe/Berlin' });
  expect(response.status).toBe(200);
  return { user, client: await clientFor(api, name) };
}

/** Two installed users in a 1:1 chat with Upward, a weekly cadence (Wednesdays at 10:00 in Berlin) and one talking point on the agenda. */
export async function oneOnOneWithAgenda(api: LocalApi) {
  const employee = await installedUser(api, 'avery');
  const manager = await installedUser(api, 'morgan');
  const chat = oneOnOneChat(employee.user, manager.user);
  for (const activity of appAddedToChat(chat, employee.user, [manager.user])) expect((await postActivity(api.baseUrl, activity)).status).toBe(200);
  const base = `/chats/${encodeURIComponent(chat.id)}`;
  const cadence = { kind: 'weekly', weekday: 3, time: '10:00', timeZone: 'Europe/Berlin' };
  expect((await employee.client.request('PUT', `${base}/settings`, { body: { cadence } })).status).toBe(200);
  expect((await employee.client.request('POST', `${base}/agenda`, { body: { title: 'Budget for Q1' } })).status).toBe(201);
  return { employee, manager, chat, base };
}

/** The table holding the index of due work, the sweep's state and the ledger, in the storage at `connectionString`. */
export async function nudgeTableAt(connectionString: string): Promise<TableClient> {
  const table = TableClient.fromConnectionString(connectionString, TABLES.nudges, { allowInsecureConnection: true });
  await table.createTable().catch(() => undefined);
  return table;
}

/** One row of the index of due work, as stored. */
export interface IndexRow {
  readonly kind: string;
  readonly subjectId: string;
  readonly occurrence: string;
  readonly sendAt: string;
  readonly nudgeId: string;
}

/** What the index of due work holds for a user and kind (a test may look across buckets; the app never does), soonest first. */
export async function filed(table: TableClient, user: TeamsUser, kind: string): Promise<IndexRow[]> {
  const rows: IndexRow[] = [];
  for await (const row of table.listEntities<IndexRow>({ queryOptions: { filter: odata`objectId eq ${user.objectId} and kind eq ${kind}` } })) rows.push(row);
  return rows.sort((a, b) => a.sendAt.localeCompare(b.sendAt));
}

export async function firstFiled(table: TableClient, user: TeamsUser, kind: string): Promise<IndexRow> {
  const [row] = await filed(table, user, kind);
  if (row === undefined) throw new Error(`Nothing filed for ${kind}`);
  return row;
}

/** Forgets how far the timer got, so the next run sweeps only the bucket its clock is in, as if it were the first. */
export async function forgetSweepState(table: TableClient): Promise<void> {
  await table.deleteEntity('sweep', 'state').catch(() => undefined);
}

/** The cards the bot posted in the user's personal chat that contain `text`. */
export function cardsFor(api: LocalApi, user: TeamsUser, text: string): string[] {
  return api.connector.received
    .filter((call) => call.conversationId === personalChat(user).id && call.method === 'POST')
    .map((call) => JSON.stringify(call.activity))
    .filter((activity) => activity.includes(text));
}

/** A Wednesday at least a week after today, as an ISO date: its eve and day are working days. */
export function aWednesdayAhead(): string {
  const day = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 7));
  while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export const plusMinutes = (iso: string, minutes: number): Date => new Date(Date.parse(iso) + minutes * 60_000);
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const wallClockInBerlin = (iso: string): string => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
