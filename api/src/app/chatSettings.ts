import { nextMeeting } from '../domain/cadence';
import type { ChatMember } from '../domain/chat';
import { HISTORY_ID } from '../domain/oneOnOne';
import { chatSettingsDataSchema, rolesProblem, type ChatSettings, type ChatSettingsData, type ChatSettingsInput } from '../domain/oneOnOneRoles';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import type { PartitionStore } from '../store/partitionStore';

/** The row kind of the chat's one settings row (roles and cadence). */
export const SETTINGS_KIND = 'chatsettings';
/** The settings row's id: one row per chat. */
export const SETTINGS_ID = HISTORY_ID;

const EMPTY: ChatSettingsData = { roles: null, cadence: null };

/** The settings a stored row holds (checked against its schema), or none set yet. */
export function settingsData(record: StoredRecord | undefined): ChatSettingsData {
  if (record === undefined) return EMPTY;
  const parsed = chatSettingsDataSchema.safeParse(record.data);
  return parsed.success ? parsed.data : EMPTY;
}

/** The settings as the API returns them, with the next 1:1 worked out at `now`. */
export function settingsView(record: StoredRecord | undefined, now: Date): ChatSettings {
  const data = settingsData(record);
  return { version: record?.etag ?? null, roles: data.roles, cadence: data.cadence, nextMeeting: data.cadence === null ? null : nextMeeting(data.cadence, now) };
}

async function readRow(shared: PartitionStore, partition: string): Promise<StoredRecord | undefined> {
  try {
    return await shared.get(partition, SETTINGS_KIND, SETTINGS_ID);
  } catch (error) {
    if (error instanceof ItemNotFoundError) return undefined;
    throw error;
  }
}

/** What a settings change came to. */
export type SettingsChange =
  | { readonly kind: 'changed'; readonly settings: ChatSettings }
  /** The row changed since `ifMatch` (or appeared meanwhile): nothing written; here is what is there now. */
  | { readonly kind: 'conflict'; readonly current: ChatSettings }
  | { readonly kind: 'if-match-required' }
  | { readonly kind: 'not-one-on-one' }
  | { readonly kind: 'not-members' };

/**
 * Changes the chat's settings. A first change creates the row (and fails if someone else
 * created it meanwhile); every later one must send the version it was based on, so two
 * members changing roles or the cadence at once never overwrite each other unseen.
 */
export async function changeChatSettings(
  deps: { readonly shared: PartitionStore },
  partition: string,
  members: readonly ChatMember[],
  input: ChatSettingsInput,
  ifMatch: string | undefined,
  now: Date,
): Promise<SettingsChange> {
  if (input.roles !== undefined) {
    const problem = rolesProblem(input.roles, members);
    if (problem !== undefined) return { kind: problem };
  }
  const row = await readRow(deps.shared, partition);
  const conflict = async (): Promise<SettingsChange> => ({ kind: 'conflict', current: settingsView(await readRow(deps.shared, partition), now) });
  if (row !== undefined && ifMatch === undefined) return { kind: 'if-match-required' };
  if (row !== undefined && ifMatch !== row.etag) return conflict();
  const before = settingsData(row);
  const data: ChatSettingsData = { roles: input.roles ?? before.roles, cadence: input.cadence === undefined ? before.cadence : input.cadence };
  try {
    if (row === undefined) await deps.shared.transact(partition, [{ op: 'create', kind: SETTINGS_KIND, id: SETTINGS_ID, data }]);
    else await deps.shared.update(partition, SETTINGS_KIND, SETTINGS_ID, data, row.etag);
  } catch (error) {
    if (error instanceof VersionConflictError) return conflict();
    throw error;
  }
  return { kind: 'changed', settings: settingsView(await readRow(deps.shared, partition), now) };
}
