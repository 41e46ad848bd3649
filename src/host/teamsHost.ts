import { app, pages } from '@microsoft/teams-js';
import { env } from '../shared/env';
import { PERSONAL_TAB_ENTITY_ID } from '@domain/nudges/commitmentCard';
import { hashForSubPage } from './personalTabLink';
import { themeEmitter, themeFromTeams, type ChatTabSettings, type TeamsHost } from './host';

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

/** Saves the chat tab when the user presses Teams' Save button on the configuration page. */
function offerTabSave(settings: ChatTabSettings): void {
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config.setConfig({ ...settings }).then(
      () => saveEvent.notifySuccess(),
      // Teams shows its own "could not save" message; the reason is for our logs, not the user.
      (error: unknown) => {
        console.error('Saving the chat tab failed', error);
        saveEvent.notifyFailure('Upward could not save the tab. Try again.');
      },
    );
  });
  // Nothing to fill in: the tab is ready to save as soon as the page shows.
  pages.config.setValidityState(true);
}

/**
 * Connects to Teams. Rejects at once outside Teams ("No Parent window found"), which is
 * how the tab knows it runs locally.
 */
export async function connectTeams(): Promise<TeamsHost> {
  await withTimeout(app.initialize(), INIT_TIMEOUT_MS);
  const context = await app.getContext();
  // A deep link into the personal tab ("Write an update" in the 1:1 tab) names its screen in the sub-page id.
  const opened = context.page.id === PERSONAL_TAB_ENTITY_ID ? hashForSubPage(context.page.subPageId) : undefined;
  if (opened !== undefined) window.location.replace(opened);
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
    offerTabSave,
  };
}
