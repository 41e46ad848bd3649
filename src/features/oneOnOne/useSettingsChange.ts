import { useState } from 'react';
import { chatSettingsSchema, type ChatSettings, type ChatSettingsInput } from '@domain/oneOnOneRoles';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage } from '../../shared/api/client';
import { chatPath } from './chatPaths';

/** What a change of the chat's settings came to, for the caller to show. */
export type SettingsOutcome = { readonly kind: 'saved'; readonly settings: ChatSettings } | { readonly kind: 'conflict'; readonly current: ChatSettings } | { readonly kind: 'failed'; readonly message: string };

/**
 * Changes roles or the cadence with the version the page shows, so a change the other person
 * made meanwhile comes back as a conflict with their version instead of being overwritten.
 */
export function useSettingsChange(chatId: string) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const change = async (input: ChatSettingsInput, version: string | null): Promise<SettingsOutcome> => {
    setBusy(true);
    try {
      const saved = await api.send<unknown>('PUT', chatPath(chatId, '/settings'), input, version === null ? {} : { etag: version });
      return { kind: 'saved', settings: chatSettingsSchema.parse(saved) };
    } catch (error) {
      const current = error instanceof ApiError && error.status === 412 ? chatSettingsSchema.safeParse(error.problem?.current) : undefined;
      if (current?.success === true) return { kind: 'conflict', current: current.data };
      return { kind: 'failed', message: failureMessage(error) };
    } finally {
      setBusy(false);
    }
  };
  return { busy, change };
}
