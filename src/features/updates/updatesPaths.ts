import type { UpdateStyle } from '@domain/progressUpdate/draftUpdate';

/** `GET /me/updates`: what I sent and the cadence figure, counted from my own date. */
export const updatesPath = (today: string) => `/me/updates?${new URLSearchParams({ today }).toString()}`;

/** What a draft is asked for: my date, the style (undefined: my manager's from the profile) and the 1:1 it goes to. */
export interface DraftRequest {
  readonly today: string;
  readonly style: UpdateStyle | undefined;
  readonly chatId: string | undefined;
}

/** `GET /me/updates/draft` for {@link DraftRequest}. */
export function draftPath(request: DraftRequest): string {
  const query = new URLSearchParams({ today: request.today });
  if (request.style !== undefined) {
    query.set('format', request.style.format);
    query.set('order', request.style.order);
  }
  if (request.chatId !== undefined) query.set('chatId', request.chatId);
  return `/me/updates/draft?${query.toString()}`;
}
