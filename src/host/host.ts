/** The three Teams themes; the tab follows whichever the host shows. */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** What the tab needs from wherever it runs: Teams, or a plain browser tab locally. */
export interface Host {
  readonly kind: 'teams' | 'local';
  /** A bearer token for the API (Teams SSO, or the local dev issuer). */
  getToken(): Promise<string>;
  readonly theme: ThemeName;
  /** Calls `listener` whenever the host's theme changes; returns an unsubscribe. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** The chat this tab is pinned in, when it is a chat tab. */
  readonly chatId: string | undefined;
  /** The signed-in person's display name, when known before the first API call. */
  readonly userName: string | undefined;
  /** The `subEntityId` of the deep link that opened the tab (Teams' `page.subPageId`); undefined otherwise. */
  readonly subPageId: string | undefined;
  /**
   * On the configuration page: lets the host save the chat tab with `settings`. Teams enables
   * its Save button and saves them when it is pressed; outside Teams there is nothing to save.
   */
  offerTabSave(settings: ChatTabSettings): void;
}

/** What Teams stores for a configurable tab when it is saved. */
export interface ChatTabSettings {
  readonly entityId: string;
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly suggestedDisplayName: string;
}

/** The Teams host: theme and identity come from Teams. */
export interface TeamsHost extends Host {
  readonly kind: 'teams';
}

/** A tiny listener set, so each host can announce theme changes the same way. */
export function themeEmitter(initial: ThemeName) {
  let current = initial;
  const listeners = new Set<(theme: ThemeName) => void>();
  return {
    get current() {
      return current;
    },
    set(theme: ThemeName) {
      current = theme;
      listeners.forEach((listener) => listener(theme));
    },
    subscribe(listener: (theme: ThemeName) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Teams names its themes `default`, `dark` and `contrast`. */
export function themeFromTeams(name: string | undefined): ThemeName {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}
