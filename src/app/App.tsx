import { FluentProvider, Spinner, makeStyles, teamsLightTheme, tokens, type Theme } from '@fluentui/react-components';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { connectHost } from '../host/connectHost';
import type { TeamsHost, ThemeName } from '../host/host';
import type { LocalHost } from '../host/localHost';
import { ApiProvider } from '../shared/api/ApiContext';
import { createApiClient } from '../shared/api/client';
import { lazyWithPreload } from '../shared/ui/lazyWithPreload';
import { LoadBoundary } from '../shared/ui/LoadBoundary';
import { env } from '../shared/env';
import { ErrorBoundary } from './ErrorBoundary';
import { PersonalPage } from './PersonalPage';
import { hashForSubPage, parseScreen } from './routes';
import { customStyleHooks, useGlobalStyles } from './styleOverrides';
import { loadTheme } from './themes';

// Local-only UI: never in the bundle a Teams user downloads first.
const devBar = lazyWithPreload(() => import('../host/DevBar'), (module) => module.DevBar);
// The chat tab, My manager and the configuration page load only where they open: the personal tab's first bundle stays small.
// Code that fails to load (offline, a deploy in between) shows Retry in place, as the dialogs do.
const chatScreen = lazyWithPreload(() => import('./lazyScreens'), (module) => module.ChatScreen);
const managerPage = lazyWithPreload(() => import('./lazyScreens'), (module) => module.ManagerPage);
const myDataPage = lazyWithPreload(() => import('./lazyScreens'), (module) => module.MyDataPage);
const reviewPackPage = lazyWithPreload(() => import('./lazyScreens'), (module) => module.ReviewPackPage);
const nudgeSettingsPage = lazyWithPreload(() => import('./lazyScreens'), (module) => module.NudgeSettingsPage);
const feedbackPage = lazyWithPreload(() => import('./lazyScreens'), (module) => module.FeedbackPage);
const configPage = lazyWithPreload(() => import('../features/config/ConfigPage'), (module) => module.ConfigPage);

const useStyles = makeStyles({
  // On a wrapper, not on FluentProvider: the provider copies its className onto every portal
  // (applyStylesToPortals), and a full-height background there would cover the page under
  // every dropdown and dialog.
  app: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  loading: { paddingTop: '20vh' },
});

function subscribeHash(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The shell: finds the host, follows its theme, provides the API client, shows the screen the URL names. */
export function App() {
  useGlobalStyles();
  const styles = useStyles();
  const [host, setHost] = useState<TeamsHost | LocalHost>();
  const [theme, setTheme] = useState<ThemeName>('light');
  // Undefined until the host's own theme has loaded; later changes swap it in place.
  const [loadedTheme, setLoadedTheme] = useState<Theme>();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const screen = parseScreen(hash);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    void connectHost().then((connected) => {
      // Ask for the token now, while React renders the first screen: its requests then find it
      // ready or on its way. A failure here is shown by the screen's own request, so it is dropped.
      connected.getToken().catch(() => undefined);
      // Opened from a card's deep link: show the page it names, unless the URL already names one.
      const deepLinked = hashForSubPage(connected.subPageId);
      if (deepLinked !== undefined && parseScreen(window.location.hash).name === 'personal') window.location.replace(deepLinked);
      setHost(connected);
      setTheme(connected.theme);
      unsubscribe = connected.onThemeChange(setTheme);
    });
    return () => unsubscribe?.();
  }, []);

  const client = useMemo(() => (host === undefined ? undefined : createApiClient(() => host.getToken(), env.apiBaseUrl)), [host]);

  // Scrollbars and form controls the browser draws itself follow the theme too.
  useEffect(() => {
    document.documentElement.style.colorScheme = theme === 'light' ? 'light' : 'dark';
  }, [theme]);

  // The last theme asked for wins, however its chunk's load is ordered against an earlier one.
  // A theme that cannot load (offline) leaves the light one rather than no screen at all.
  // Locally the dev bar sits above the screen: the screen waits for it too, or it would jump
  // down under the pointer when the bar arrives.
  useEffect(() => {
    if (host === undefined) return;
    let current = true;
    void Promise.all([loadTheme(theme).catch(() => teamsLightTheme), host.kind === 'local' ? devBar.settled() : undefined]).then(([loaded]) => {
      if (current) setLoadedTheme(loaded);
    });
    return () => {
      current = false;
    };
  }, [host, theme]);

  return (
    <FluentProvider theme={loadedTheme ?? teamsLightTheme} customStyleHooks_unstable={customStyleHooks}>
      <div className={styles.app}>
        {/* The first screen waits for its theme: no flash of light in a dark Teams. */}
        {host === undefined || client === undefined || loadedTheme === undefined ? (
          <Spinner className={styles.loading} label="Starting Upward…" />
        ) : (
          <ApiProvider value={client}>
            {host.kind === 'local' ? (
              <LoadBoundary>
                <devBar.Component host={host} theme={theme} />
              </LoadBoundary>
            ) : null}
            <ErrorBoundary>
              {screen.name === 'personal' ? (
                <PersonalPage />
              ) : (
                <LoadBoundary fallback={<Spinner className={styles.loading} label="Loading…" />}>
                  {screen.name === 'manager' ? (
                    <managerPage.Component />
                  ) : screen.name === 'data' ? (
                    <myDataPage.Component />
                  ) : screen.name === 'review' ? (
                    <reviewPackPage.Component />
                  ) : screen.name === 'nudges' ? (
                    <nudgeSettingsPage.Component />
                  ) : screen.name === 'feedback' ? (
                    <feedbackPage.Component ask={screen.ask} />
                  ) : screen.name === 'chat' ? (
                    <chatScreen.Component chatId={host.chatId ?? screen.chatId} local={host.kind === 'local'} />
                  ) : (
                    <configPage.Component host={host} chatId={host.chatId ?? screen.chatId} />
                  )}
                </LoadBoundary>
              )}
            </ErrorBoundary>
          </ApiProvider>
        )}
      </div>
    </FluentProvider>
  );
}
