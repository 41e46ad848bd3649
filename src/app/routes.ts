/** The tab's screens, chosen by the URL hash the manifest points at. */
export type Screen =
  | { readonly name: 'personal' }
  | { readonly name: 'chat'; readonly chatId: string | undefined }
  | { readonly name: 'config'; readonly chatId: string | undefined };

/** `#/personal` (default), `#/chat?chatId=…` and `#/config?chatId=…` (locally; Teams gives the chat id). */
export function parseScreen(hash: string): Screen {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  if (path === 'chat') return { name: 'chat', chatId: new URLSearchParams(query).get('chatId') ?? undefined };
  if (path === 'config') return { name: 'config', chatId: new URLSearchParams(query).get('chatId') ?? undefined };
  return { name: 'personal' };
}
