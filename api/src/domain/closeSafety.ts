import type { AgendaItem, CloseOneOnOneInput, History } from './oneOnOne';

/** How long after a close either member can undo it. */
export const UNDO_WINDOW_MS = 10 * 60_000;

/** Until when a close made at `closedAt` can be undone (ISO time). */
export function undoDeadline(closedAt: string): string {
  return new Date(Date.parse(closedAt) + UNDO_WINDOW_MS).toISOString();
}

/** True while a close made at `closedAt` can still be undone at `now`. */
export function canUndo(closedAt: string, now: Date): boolean {
  return now.getTime() <= Date.parse(closedAt) + UNDO_WINDOW_MS;
}

/**
 * A second close on the day of the last one is usually a mistake (a double close, or the
 * other person closing too): it goes through only when the request says it was confirmed.
 */
export function needsSameDayConfirmation(history: History | undefined, date: string, confirmed: boolean): boolean {
  return !confirmed && history?.lastDate === date;
}

/** The history once the latest record is taken back: the one before becomes the last. */
export function historyWithout(history: History, recordId: string): History | undefined {
  const recent = history.recent.filter((summary) => summary.id !== recordId);
  const last = recent[0];
  if (last === undefined) return undefined;
  return { lastRecordId: last.id, lastDate: last.date, lastClosedAt: last.closedAt, recent };
}

/** The agenda with the outcomes filled in in the close dialog; items not named keep theirs. */
export function withOutcomes(items: readonly AgendaItem[], outcomes: CloseOneOnOneInput['outcomes']): AgendaItem[] {
  const byId = new Map((outcomes ?? []).map((entry) => [entry.id, entry]));
  return items.map((item) => {
    const entry = byId.get(item.id);
    return entry === undefined ? item : { ...item, discussed: entry.discussed, outcome: entry.outcome };
  });
}
