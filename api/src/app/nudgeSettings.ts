import type { Caller } from '../domain/identity';
import type { NudgeSettings } from '../domain/nudges/nudgeSettings';
import type { NudgeSettingsView } from '../domain/nudges/nudgeSettingsView';
import { VersionConflictError } from '../store/errors';
import { StaleVersionError, useCase } from './errors';
import { readNudgeSettings } from './nudgeSettingsRead';
import { fileAllRecurringNudges, fileSafely } from './recurringNudges';
import type { Services } from './services';

export { readNudgeSettings } from './nudgeSettingsRead';

/** What a change came to: the saved settings, or a change to saved settings that sent no version. */
export type NudgeSettingsChange = { readonly kind: 'changed'; readonly view: NudgeSettingsView } | { readonly kind: 'if-match-required' };

/**
 * Saves the user's nudge settings. The first save sends no version; every later one sends
 * the version it was based on, and a stale one is refused with the settings as they are.
 * The user's recurring nudges are filed again from the new settings.
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
    // New switches, hours, zone or wins day move every recurring nudge of the user.
    await fileSafely(services, 'recurring', () => fileAllRecurringNudges(services, caller, new Date()));
    return { kind: 'changed', view: await readNudgeSettings(services, caller) };
  },
);
