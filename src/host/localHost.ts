import { env } from '../shared/env';
import { themeEmitter, type ChatTabSettings, type Host, type ThemeName } from './host';
import { readTokenClaims } from './tokenClaims';

/** The two people a local 1:1 needs; any other name works too. */
export const DEV_USERS = ['Avery (employee)', 'Morgan (manager)'] as const;
const USER_KEY = 'upward.devUser';
const THEME_KEY = 'upward.devTheme';
const THEMES: readonly ThemeName[] = ['light', 'dark', 'contrast'];

/** The local host's extra powers: switching user and theme, which Teams does for us. */
export interface LocalHost extends Host {
  readonly kind: 'local';
  readonly userName: string;
  switchUser(name: string): void;
  setTheme(theme: ThemeName): void;
}

function initialTheme(params: URLSearchParams): ThemeName {
  const wanted = params.get('theme') ?? localStorage.getItem(THEME_KEY);
  return THEMES.find((theme) => theme === wanted) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

/**
 * Outside Teams: a dev user (from `?as=NAME`, else the last one picked) whose token comes
 * from the local host's `/dev/token`. Never part of the Teams experience.
 */
export function connectLocal(location: Location = window.location): LocalHost {
  const params = new URLSearchParams(location.search);
  const userName = params.get('as') ?? localStorage.getItem(USER_KEY) ?? DEV_USERS[0];
  const theme = themeEmitter(initialTheme(params));
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = async () => {
    const response = await fetch(`${env.apiBaseUrl}/dev/token?user=${encodeURIComponent(userName)}`);
    if (!response.ok) throw new Error('The local API is not answering. Is `npm start` running?');
    const { token } = (await response.json()) as { token: string };
    cached = { token, expiresAt: readTokenClaims(token).exp * 1000 };
    return token;
  };

  return {
    kind: 'local',
    userName,
    get theme() {
      return theme.current;
    },
    onThemeChange: theme.subscribe,
    chatId: undefined,
    subPageId: undefined,
    getToken() {
      if (cached !== undefined && cached.expiresAt > Date.now() + 60_000) return Promise.resolve(cached.token);
      // The first screen asks from several sections at once: they share one request.
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    offerTabSave(_settings: ChatTabSettings) {
      // Outside Teams there is no Save button and nowhere to save to: the page shows the settings instead.
    },
    switchUser(name) {
      localStorage.setItem(USER_KEY, name);
      const next = new URL(location.href);
      next.searchParams.set('as', name);
      location.assign(next.toString());
    },
    setTheme(next) {
      localStorage.setItem(THEME_KEY, next);
      theme.set(next);
    },
  };
}
