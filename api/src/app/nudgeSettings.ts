import type { Caller } from '../domain/identity';
import { defaultNudgeSettings, type NudgeSettings } from '../domain/nudges/nudgeSettings';
import type { NudgeSettingsView } from '../domain/nudges/nudgeSettingsView';
import { VersionConflictError } from '../store/errors';
import { StaleVersionError, useCase } from './errors';
import type { Services } from './services';

/** The zone the defaults use: the one Teams last reported for the user, else UTC. */
async function defaultZone(services: Services, caller: Caller): Promise<string> {
  const ref = await services.conversations.get({ scope: 'personal', tenantId: caller.tenantId, objectId: caller.objectId });
  return ref?.timeZone ?? 'UTC';
}

/** The settings in force for the user and their version (null until first saved). */
export const readNudgeSettings = useCase(async (services: Services, caller: Caller): Promise<NudgeSettingsView> => {
  const stored = await services.nudgeSettings.get(caller);
  if (stored !== undefined) return { version: stored.etag, settings: stored.settings };
  return { version: null, settings: defaultNudgeSettings(await defaultZone(services, caller)) };
});

/** What a change came to: the saved settings, or a change to saved settings that sent no version. */
export type NudgeSettingsChange = { readonly kind: 'changed'; readonly view: NudgeSettingsView } | { readonly kind: 'if-match-required' };

/**
 * Saves the user's nudge settings. The first save sends no version; every later one sends
 * the version it was based on, and a stale one is refused with the settings as they are.
 */
export const changeNudgeSettings = useCase(
  async (services: Services, caller: Caller, settings: NudgeSettings, ifMatch: string | undefined): Promise<NudgeSettingsChange> => {
    const stored = await services.nudgeSettings.get(caller);
    const conflict = async () => new StaleVersionError(await readNudgeSettings(services, caller));
    if (stored !== undefined && ifMatch === undefined) return { kind: 'if-match-required' };
    if (stored !== undefined && ifMatch !== stored.etag) throw await conflict();
    try {
      await services.nudgeSettings.save(caller, settings, stored?.etag);
    } catch (error) {
      if (error instanceof VersionConflictError) throw await conflict();
      throw error;
    }
    return { kind: 'changed', view: await readNudgeSettings(services, caller) };
  },
);
