import { app } from '@microsoft/teams-js';
import { env } from '../app/env';
import { themeEmitter, themeFromTeams, type TeamsHost } from './host';

/** How long to wait for Teams to answer before deciding we are not inside it. */
const INIT_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Timed out waiting for Teams')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Connects to Teams. Rejects at once outside Teams ("No Parent window found"), which is
 * how the tab knows it runs locally.
 */
export async function connectTeams(): Promise<TeamsHost> {
  await withTimeout(app.initialize(), INIT_TIMEOUT_MS);
  const context = await app.getContext();
  const theme = themeEmitter(themeFromTeams(context.app.theme));
  app.registerOnThemeChangeHandler((name) => theme.set(themeFromTeams(name)));
  // teamsfx (deprecated) stays in its own module and chunk; see DESIGN.md.
  const { createSsoTokenSource } = await import('./teamsfx');
  const getToken = createSsoTokenSource({ clientId: env.clientId, initiateLoginEndpoint: env.initiateLoginEndpoint });
  app.notifySuccess();
  return {
    kind: 'teams',
    getToken,
    get theme() {
      return theme.current;
    },
    onThemeChange: theme.subscribe,
    chatId: context.chat?.id,
    userName: context.user?.displayName,
  };
}
