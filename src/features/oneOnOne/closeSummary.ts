import type { AgendaItem, RecordSummary } from '@domain/oneOnOne';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { personLabel } from './people';

/** What closing the 1:1 now would do. */
export interface ClosePreview {
  readonly discussed: number;
  readonly carrying: number;
}

/** Counts what a close files away and what it carries over. */
export function closePreview(items: readonly Pick<AgendaItem, 'discussed'>[]): ClosePreview {
  const discussed = items.filter((item) => item.discussed).length;
  return { discussed, carrying: items.length - discussed };
}

const items = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`;

/** The confirmation's explanation of what closing does. */
export function closeMessage({ discussed, carrying }: ClosePreview): string {
  const carried =
    carrying === 0
      ? 'Everything was discussed, so the next agenda starts empty.'
      : `${items(carrying)} not discussed ${carrying === 1 ? 'carries' : 'carry'} over to the next agenda, marked as carried over.`;
  return `Today’s agenda (${items(discussed + carrying)}, ${discussed} discussed) becomes a dated record in the history. ${carried}`;
}

/** One line about a past 1:1. */
export function recordSummaryText(summary: Pick<RecordSummary, 'itemCount' | 'discussedCount' | 'carriedOverCount'>): string {
  return `${items(summary.itemCount)} · ${summary.discussedCount} discussed · ${summary.carriedOverCount} carried over`;
}

/** The label on an item that moved on from an earlier 1:1 unresolved. */
export function carriedOverText(carried: { readonly times: number; readonly from: string }): string {
  const since = `Carried over from ${formatIsoDate(carried.from)}`;
  return carried.times > 1 ? `${since} (${carried.times} times)` : since;
}

/** A past 1:1's line in the history: its counts and who closed it. */
export function recordLine(summary: RecordSummary, me: string): string {
  return `${recordSummaryText(summary)} · closed by ${personLabel(summary.closedBy, me)}`;
}
