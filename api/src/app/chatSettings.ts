import { nextMeeting } from '../domain/cadence';
import type { ChatMember } from '../domain/chat';
import type { Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { currentRoles, rolesProblem, type ChatSettings, type ChatSettingsData, type ChatSettingsInput, type Roles } from '../domain/oneOnOneRoles';
import { VersionConflictError, type StoredRecord } from '../store/errors';
import type { PartitionStore } from '../store/partitionStore';
import type { OpenChat } from './chatAccess';
import { ConflictError, InvalidInputError, StaleVersionError, useCase } from './errors';
import type { Services } from './services';
import { readRow, SETTINGS_ID, settingsData } from './chatSettingsRow';
import { fileOneOnOneNudges, fileSafely } from './recurringNudges';

export { readRow, settingsData } from './chatSettingsRow';

/** The settings as the API returns them, with the next 1:1 worked out at `now`. */
export function settingsView(record: StoredRecord | undefined, now: Date): ChatSettings {
  const data = settingsData(record);
  return { version: record?.etag ?? null, roles: data.roles, cadence: data.cadence, nextMeeting: data.cadence === null ? null : nextMeeting(data.cadence, now) };
}

/** Who is who in the chat, while both are still on `members`; null until set. */
export async function chatRoles(shared: PartitionStore, partition: string, members: readonly ChatMember[]): Promise<Roles | null> {
  return currentRoles(settingsData(await readRow(shared, partition)).roles, members);
}

/** What a settings change came to: the new settings, or a later change that sent no version. */
export type SettingsChange = { readonly kind: 'changed'; readonly settings: ChatSettings } | { readonly kind: 'if-match-required' };

/**
 * Changes the chat's settings. A first change creates the row (and fails if someone else
 * created it meanwhile); every later one must send the version it was based on, so two
 * members changing roles or the cadence at once never overwrite each other unseen. The
 * "1:1 tomorrow" nudges of both people are filed from the new cadence.
 */
export const changeChatSettings = useCase(
  async (services: Services, caller: Caller, chat: OpenChat, input: ChatSettingsInput, ifMatch: string | undefined, now: Date): Promise<SettingsChange> => {
    const { shared } = services;
    const { partition } = chat;
    if (input.roles !== undefined) {
      const problem = rolesProblem(input.roles, await services.rosters.members(chat.chatId));
      if (problem === 'not-one-on-one') throw new ConflictError('not_one_on_one', 'The 1:1 tab is for two people.', 'Roles can be set only in a chat of exactly two members.');
      if (problem === 'not-members') throw new InvalidInputError([{ path: 'roles', message: 'Both people must be members of this chat.' }]);
    }
    const row = await readRow(shared, partition);
    const conflict = async () => new StaleVersionError(settingsView(await readRow(shared, partition), now));
    if (row !== undefined && ifMatch === undefined) return { kind: 'if-match-required' };
    if (row !== undefined && ifMatch !== row.etag) throw await conflict();
    const before = settingsData(row);
    const data: ChatSettingsData = { roles: input.roles ?? before.roles, cadence: input.cadence === undefined ? before.cadence : input.cadence };
    try {
      if (row === undefined) await shared.transact(partition, [{ op: 'create', kind: KIND.chatSettings, id: SETTINGS_ID, data }]);
      else await shared.update(partition, KIND.chatSettings, SETTINGS_ID, data, row.etag);
    } catch (error) {
      if (error instanceof VersionConflictError) throw await conflict();
      throw error;
    }
    // A new cadence (or roles, which say who is in the 1:1) moves the "1:1 tomorrow" nudges of both people.
    if (input.cadence !== undefined || input.roles !== undefined) await fileSafely(services, '1:1', () => fileOneOnOneNudges(services, chat.chatId, caller.tenantId, now));
    return { kind: 'changed', settings: settingsView(await readRow(shared, partition), now) };
  },
);
