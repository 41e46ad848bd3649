import { LIMITS } from '@domain/common';
import type { FeedbackFigure, FeedbackItem, FeedbackStatus } from '@domain/feedback';

/** What each status is called on the screen. */
export const STATUS_LABELS: Readonly<Record<FeedbackStatus, string>> = {
  open: 'Open',
  acting: 'Acting on it',
  actedOn: 'Acted on',
  setAside: 'Set aside',
};

/** The figure as a sentence; with nothing acted on yet it says so rather than showing a made-up median. */
export function figureText(figure: FeedbackFigure): string {
  if (figure.medianDaysToAct === undefined) return 'Nothing acted on in the last 180 days yet.';
  const days = figure.medianDaysToAct === 1 ? '1 day' : `${figure.medianDaysToAct} days`;
  return `${figure.actedOn} acted on in the last 180 days; median ${days} from received to acted on.`;
}

const KIND_NOUNS: Readonly<Record<FeedbackItem['kind'], string>> = { goal: 'Goal', win: 'Win', commitment: 'Commitment' };

/** An item as the picker names it: "Win: Saved the Contoso account". */
export function itemLabel(item: Pick<FeedbackItem, 'kind' | 'title'>): string {
  return `${KIND_NOUNS[item.kind]}: ${item.title}`;
}

/** The question "Ask for feedback" suggests for an item, or on its own. */
export function suggestedQuestion(item: Pick<FeedbackItem, 'title'> | undefined): string {
  return item === undefined ? 'What is one thing I could do better?' : `How could I have made “${item.title}” better?`;
}

/** A win kept from praise: its first line as the title (cut to fit), who said it and what as the impact. */
export function winFromPraise(praise: { text: string; giver: string; receivedOn: string }): { title: string; impact: string; date: string } {
  const firstLine = praise.text.trim().split('\n')[0] ?? '';
  const title = firstLine.length <= LIMITS.title ? firstLine : `${firstLine.slice(0, LIMITS.title - 1)}…`;
  return { title, impact: `${praise.giver}: “${praise.text.trim()}”`, date: praise.receivedOn };
}

/** What a dialog says when the feedback changed in another window: the page reloads it on close. */
export const CHANGED_MEANWHILE = 'This feedback was changed in another window. Close this dialog to see it as it is now.';
/** What a dialog says when the feedback was deleted meanwhile. */
export const GONE = 'This feedback was deleted in another window.';
