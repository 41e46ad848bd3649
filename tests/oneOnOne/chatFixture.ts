import { randomUUID } from 'node:crypto';
import { odata, TableClient } from '@azure/data-tables';
import { inject } from 'vitest';
import { commitmentInputSchema } from '../../api/src/domain/commitments';
import { personalPartition } from '../../api/src/domain/identity';
import { TABLES } from '../../api/src/app/services';
import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { chatPartition } from '../../api/src/store/rosterStore';
import { clientFor, type Client, type ClientResponse } from '../support/apiHarness';

/** A signed-in dev user and who they are. */
export interface Person extends Client {
  readonly objectId: string;
  readonly name: string;
}

/** A chat with the app installed: an employee and their manager, plus someone who is not in it. */
export interface ChatFixture {
  readonly chatId: string;
  /** `/chats/{chatId}` with the id URL-encoded, as the tab sends it. */
  readonly base: string;
  readonly employee: Person;
  readonly manager: Person;
  readonly outsider: Person;
}

/** A dev user; the roster names them as their token does, as Teams and Entra would. */
async function person(api: LocalApi, name: string): Promise<Person> {
  const client = await clientFor(api, name);
  return { ...client, objectId: devUserObjectId(name), name };
}

/** A fresh Teams-like chat id. */
export function newChatId(): string {
  return `19:${randomUUID().replaceAll('-', '')}@thread.v2`;
}

/** Installs the app in a new chat of an employee and a manager, the way the bot records it. */
export async function seedChat(api: LocalApi): Promise<ChatFixture> {
  const suffix = randomUUID().slice(0, 8);
  const employee = await person(api, `emp-${suffix}`);
  const manager = await person(api, `mgr-${suffix}`);
  const outsider = await person(api, `out-${suffix}`);
  const chatId = newChatId();
  await api.services.rosters.install(chatId, LOCAL_TENANT_ID, [
    { objectId: employee.objectId, name: employee.name },
    { objectId: manager.objectId, name: manager.name },
  ]);
  return { chatId, base: `/chats/${encodeURIComponent(chatId)}`, employee, manager, outsider };
}

function partitionOf(owner: Person): string {
  return personalPartition({ tenantId: LOCAL_TENANT_ID, objectId: owner.objectId });
}

/**
 * Stores a commitment straight into its owner's partition, as the personal tab and the
 * message extension do; `serverFields` are those only the server sets (the source message).
 */
export async function seedCommitment(api: LocalApi, owner: Person, input: Record<string, unknown>, serverFields: Record<string, unknown> = {}): Promise<string> {
  const record = await api.services.personal.create(partitionOf(owner), 'commitment', { ...commitmentInputSchema.parse(input), ...serverFields });
  return record.id;
}

/** Changes a commitment the way its owner does: through their own `/me/commitments` API. */
export async function changeCommitment(owner: Person, id: string, changes: Record<string, unknown>): Promise<void> {
  const current = await owner.request('GET', `/me/commitments/${id}`);
  const editable = ['title', 'details', 'dueDate', 'toWhom', 'status', 'doneOn', 'sharedInOneOnOne'];
  const body = Object.fromEntries(Object.entries({ ...current.body, ...changes }).filter(([key]) => editable.includes(key)));
  const response = await owner.request('PUT', `/me/commitments/${id}`, { body, headers: { 'If-Match': String(current.body.etag) } });
  if (response.status !== 200) throw new Error(`Changing the commitment answered ${response.status}`);
}

/** Every row of one partition of `table`, as `rowKey@etag`, read straight from storage. */
export async function rowsInPartition(tableName: string, partition: string): Promise<string[]> {
  const table = TableClient.fromConnectionString(inject('tablesConnectionString'), tableName, { allowInsecureConnection: true });
  const rows: string[] = [];
  for await (const entity of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${partition}` } })) {
    rows.push(`${entity.rowKey}@${entity.etag}`);
  }
  return rows.sort();
}

/** Every row in a chat's partition (roster, agenda, records, markers), read straight from storage. */
export function rowsInChat(chatId: string): Promise<string[]> {
  return rowsInPartition(TABLES.shared, chatPartition(chatId));
}

/** Every row in a person's own partition (items and idempotency markers), read straight from storage. */
export function rowsOfPerson(owner: Person): Promise<string[]> {
  return rowsInPartition(TABLES.personal, partitionOf(owner));
}

/** Adds an agenda item and returns it. */
export async function addItem(client: Client, base: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await client.request('POST', `${base}/agenda`, { body });
  if (response.status !== 201) throw new Error(`Adding an agenda item answered ${response.status}`);
  return response.body;
}

/** The agenda part of the space. */
export function agendaOf(space: ClientResponse): { version: string; items: Record<string, unknown>[] } {
  return space.body.agenda as { version: string; items: Record<string, unknown>[] };
}

/** Titles of the items in a list, in order. */
export function titles(items: readonly Record<string, unknown>[]): string[] {
  return items.map((item) => String(item.title));
}

/** Says who is who in the chat (the employee and the manager), as the page's one-click prompt does. */
export async function setRoles(chat: ChatFixture): Promise<void> {
  const roles = { employee: chat.employee.objectId, manager: chat.manager.objectId };
  const response = await chat.employee.request('PUT', `${chat.base}/settings`, { body: { roles } });
  if (response.status !== 200) throw new Error(`Setting roles answered ${response.status}`);
}
