/** The tab's screens, chosen by the URL hash the manifest points at. */
export type Screen =
  | { readonly name: 'personal' }
  | { readonly name: 'manager' }
  | { readonly name: 'data' }
  | { readonly name: 'review' }
  | { readonly name: 'nudges' }
  | { readonly name: 'chat'; readonly chatId: string | undefined }
  | { readonly name: 'config'; readonly chatId: string | undefined }
  /** `ask`: "Ask for feedback" opens on this item (see feedbackItemKey). */
  | { readonly name: 'feedback'; readonly ask: string | undefined };

/** `#/personal` (default), `#/manager`, `#/feedback` (`?ask=kind:id`), `#/data`, `#/review`, `#/nudges`, `#/chat?chatId=…` and `#/config?chatId=…` (locally; Teams gives the chat id). */
export function parseScreen(hash: string): Screen {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  if (path === 'chat') return { name: 'chat', chatId: new URLSearchParams(query).get('chatId') ?? undefined };
  if (path === 'config') return { name: 'config', chatId: new URLSearchParams(query).get('chatId') ?? undefined };
  if (path === 'manager') return { name: 'manager' };
  if (path === 'data') return { name: 'data' };
  if (path === 'review') return { name: 'review' };
  if (path === 'nudges') return { name: 'nudges' };
  if (path === 'feedback') return { name: 'feedback', ask: new URLSearchParams(query).get('ask') ?? undefined };
  return { name: 'personal' };
}

/**
 * The page a deep link's subEntityId opens in the personal tab (the bot's cards link with
 * these: "Draft it" to the updates page, "Open in Upward" to the wins); any other value, an
 * item id, opens the personal page.
 */
export const SUB_PAGE_HASHES: Readonly<Record<string, string>> = {
  updates: '#/updates',
  wins: '#/personal',
  nudges: '#/nudges',
};

/** The hash to open for a deep link's subEntityId; undefined when it names no page. */
export function hashForSubPage(subPageId: string | undefined): string | undefined {
  return subPageId === undefined || !Object.hasOwn(SUB_PAGE_HASHES, subPageId) ? undefined : SUB_PAGE_HASHES[subPageId];
}
