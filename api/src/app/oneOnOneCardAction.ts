import type { Caller } from '../domain/identity';
import type { AgendaItemInput } from '../domain/oneOnOne';
import { addAgendaItem } from './agendaAdd';
import { openChat } from './chatAccess';
import { loadAgenda } from './chatSpace';
import { useCase } from './errors';
import { oneOnOneCardFor } from './recurringNudges';
import type { Services } from './services';

/** "Add talking point" pressed on a "1:1 tomorrow" card: which chat, which 1:1, and the point typed into the card. */
export interface AddTalkingPoint {
  readonly chatId: string;
  readonly meetingDate: string;
  readonly point: AgendaItemInput;
  /** Derived from the invoke's activity id, so Teams retrying the same invoke adds one item. */
  readonly idempotencyKey: string | undefined;
}

/**
 * Adds the talking point to the chat's agenda through the same use case the 1:1 tab uses,
 * for a member of the chat only (others get ForbiddenError, an unknown chat NotFoundError),
 * then answers with the card as the agenda now stands. A point already on the agenda under
 * the same title (a second press of a stale card) is not added again.
 */
export const addTalkingPointFromCard = useCase(async (services: Services, caller: Caller, action: AddTalkingPoint): Promise<Record<string, unknown>> => {
  const chat = await openChat(services, caller, action.chatId);
  const title = action.point.title ?? '';
  const sameTitle = (other: string) => other.trim().toLowerCase() === title.trim().toLowerCase();
  const { agenda } = await loadAgenda(services.shared, chat.partition);
  if (!agenda.items.some((item) => sameTitle(item.title))) await addAgendaItem(services, caller, chat, action.point, action.idempotencyKey);
  return oneOnOneCardFor(services, caller, chat.chatId, action.meetingDate, title);
});
