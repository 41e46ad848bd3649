import { KIND } from '../domain/kinds';
import { HISTORY_ID } from '../domain/oneOnOne';
import type { ChatSettingsData } from '../domain/oneOnOneRoles';
import { ItemNotFoundError, type StoredRecord } from '../store/errors';
import type { PartitionStore } from '../store/partitionStore';

/** The settings row's id: one row per chat. */
export const SETTINGS_ID = HISTORY_ID;

const EMPTY: ChatSettingsData = { roles: null, cadence: null };

/** The settings a stored row holds (the store checked it against the kind's schema), or none set yet. */
export function settingsData(record: StoredRecord | undefined): ChatSettingsData {
  return record === undefined ? EMPTY : (record.data as ChatSettingsData);
}

/** The chat's settings row, or undefined before anything was set. */
export async function readRow(shared: PartitionStore, partition: string): Promise<StoredRecord | undefined> {
  try {
    return await shared.get(partition, KIND.chatSettings, SETTINGS_ID);
  } catch (error) {
    if (error instanceof ItemNotFoundError) return undefined;
    throw error;
  }
}

