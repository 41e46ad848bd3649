import type { Caller } from '../domain/identity';
import { defaultNudgeSettings } from '../domain/nudges/nudgeSettings';
import type { NudgeSettingsView } from '../domain/nudges/nudgeSettingsView';
import { useCase } from './errors';
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

