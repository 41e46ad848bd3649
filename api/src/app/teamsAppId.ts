import type { Services } from './services';

/** A stand-in Teams app id for deep links where none is configured (local mode). */
export const LOCAL_TEAMS_APP_ID = '00000000-0000-4000-8000-00000000a990';

/** The Teams app id deep links into the tab name. */
export function teamsAppIdOf(services: Services): string {
  return services.config.teamsAppId ?? LOCAL_TEAMS_APP_ID;
}
