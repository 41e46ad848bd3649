/** The tab's screens, chosen by the URL hash the manifest points at. */
export type Screen =
  | { readonly name: 'personal' }
  | { readonly name: 'manager' }
  | { readonly name: 'data' }
  | { readonly name: 'review' }
  | { readonly name: 'nudges' }
  /** `chatId`: the 1:1 the chat tab's "Write an update" came from, offered first to send to. */
  | { readonly name: 'updates'; readonly chatId: string | undefined }
  | { readonly name: 'chat'; readonly chatId: string | undefined }
  | { readonly name: 'config'; readonly chatId: string | undefined }
  /** `ask`: "Ask for feedback" opens on this item (see feedbackItemKey). */
  | { readonly name: 'feedback'; readonly ask: string | undefined };

/** `#/personal` (default), `#/manager`, `#/feedback` (`?ask=kind:id`), `#/data`, `#/review`, `#/nudges`, `#/updates` (`?chatId=…`), `#/chat?chatId=…` and `#/config?chatId=…` (locally; Teams gives the chat id). */
export function parseScreen(hash: string): Screen {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  if (path === 'chat') return { name: 'chat', chatId: new URLSearchParams(query).get('chatId') ?? undefined };
  if (path === 'config') return { name: 'config', chatId: new URLSearchParams(query).get('chatId') ?? undefined };
  if (path === 'manager') return { name: 'manager' };
  if (path === 'data') return { name: 'data' };
  if (path === 'review') return { name: 'review' };
  if (path === 'nudges') return { name: 'nudges' };
  if (path === 'updates') return { name: 'updates', chatId: new URLSearchParams(query).get('chatId') ?? undefined };
  if (path === 'feedback') return { name: 'feedback', ask: new URLSearchParams(query).get('ask') ?? undefined };
  return { name: 'personal' };
}
