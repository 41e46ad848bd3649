import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
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
import { parseScreen } from './routes';
import { customStyleHooks, useGlobalStyles } from './styleOverrides';
import { themes } from './themes';

// Local-only UI: never in the bundle a Teams user downloads first.
const devBar = lazyWithPreload(() => import('../host/DevBar').then((module) => module.DevBar));
// The chat tab and its configuration page load only where they open: the personal tab's first bundle stays small.
// Code that fails to load (offline, a deploy in between) shows Retry in place, as the dialogs do.
const chatScreen = lazyWithPreload(() => import('../features/oneOnOne/ChatScreen').then((module) => module.ChatScreen));
const configPage = lazyWithPreload(() => import('../features/config/ConfigPage').then((module) => module.ConfigPage));

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
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const screen = parseScreen(hash);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    void connectHost().then((connected) => {
      // Ask for the token now, while React renders the first screen: its requests then find it
      // ready or on its way. A failure here is shown by the screen's own request, so it is dropped.
      connected.getToken().catch(() => undefined);
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

  return (
    <FluentProvider theme={themes[theme]} customStyleHooks_unstable={customStyleHooks}>
      <div className={styles.app}>
        {host === undefined || client === undefined ? (
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
                  {screen.name === 'chat' ? (
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
