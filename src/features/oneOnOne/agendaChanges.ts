import type { AgendaItem } from '@domain/oneOnOne';

type Seen = Pick<AgendaItem, 'id' | 'etag' | 'title'>;

function part(items: readonly Seen[], verb: string): string[] {
  if (items.length === 0) return [];
  if (items.length === 1) return [`“${items[0]?.title ?? ''}” ${verb}`];
  return [`${items.length} items ${verb}`];
}

/**
 * A sentence for screen readers when the agenda changed under the reader (the other person
 * edited it), or undefined when nothing did. Moves count as changes of the moved item.
 */
export function describeAgendaChanges(before: readonly Seen[], after: readonly Seen[]): string | undefined {
  const previous = new Map(before.map((item) => [item.id, item]));
  const current = new Set(after.map((item) => item.id));
  const added = after.filter((item) => !previous.has(item.id));
  const changed = after.filter((item) => previous.has(item.id) && previous.get(item.id)?.etag !== item.etag);
  const removed = before.filter((item) => !current.has(item.id));
  const parts = [...part(added, 'added'), ...part(changed, 'changed'), ...part(removed, 'removed')];
  return parts.length === 0 ? undefined : `Agenda updated: ${parts.join('; ')}.`;
}
