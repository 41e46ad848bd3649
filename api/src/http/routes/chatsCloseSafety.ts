import type { AgendaItem, CloseOneOnOneInput } from '../../domain/oneOnOne';
import { HttpError } from '../errors';

/** 409 for a second close on the same day that was not confirmed; the tab turns it into a question. */
export function closedSameDay(date: string): HttpError {
  return new HttpError(409, 'closed_same_day', 'A 1:1 was already closed on this day.', {
    detail: `Closing again files a second record dated ${date} and carries what is still open over again. Send confirmed: true to close anyway.`,
  });
}

/** The agenda with the outcomes filled in in the close dialog; items not named keep theirs. */
export function withOutcomes(items: readonly AgendaItem[], outcomes: CloseOneOnOneInput['outcomes']): AgendaItem[] {
  const byId = new Map((outcomes ?? []).map((entry) => [entry.id, entry]));
  return items.map((item) => {
    const entry = byId.get(item.id);
    return entry === undefined ? item : { ...item, discussed: entry.discussed, outcome: entry.outcome };
  });
}
