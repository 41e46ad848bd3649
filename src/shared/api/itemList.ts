/** The fields every stored item has that list updates need. */
export interface Identified {
  readonly id: string;
}

/** The list with `item` replacing the one with the same id, or added at the end. */
export function upsertItem<T extends Identified>(items: readonly T[], item: T): T[] {
  return items.some((existing) => existing.id === item.id) ? items.map((existing) => (existing.id === item.id ? item : existing)) : [...items, item];
}

/** The list without the item with `id`. */
export function removeItem<T extends Identified>(items: readonly T[], id: string): T[] {
  return items.filter((existing) => existing.id !== id);
}

/** Whether a save made a new item or replaced one: the confirmation says which. */
export type SaveKind = 'created' | 'updated';
