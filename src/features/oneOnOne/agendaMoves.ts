/** A one-step move of an agenda item, as the move buttons and the API name it. */
export type MoveDirection = 'up' | 'down';

/** Which move buttons an item at `index` in a list of `count` can use. */
export function moveAbility(index: number, count: number): Record<MoveDirection, boolean> {
  return { up: index > 0, down: index < count - 1 };
}

/**
 * Which move button of a moved item gets focus: the one just pressed, so pressing it again
 * keeps moving; the other one when the item has reached the end that disables it.
 */
export function focusAfterMove(direction: MoveDirection, index: number, count: number): MoveDirection {
  const can = moveAbility(index, count);
  if (can[direction]) return direction;
  return direction === 'up' ? 'down' : 'up';
}

/**
 * The `afterId` of the move a drop asks for: `dragged` dropped before or after `target`
 * (`null` puts it first), or undefined when the drop leaves the order as it is.
 */
export function dropAfterId(ids: readonly string[], dragged: string, target: string, place: 'before' | 'after'): string | null | undefined {
  const from = ids.indexOf(dragged);
  const rest = ids.filter((id) => id !== dragged);
  const targetIndex = rest.indexOf(target);
  if (from < 0 || targetIndex < 0) return undefined;
  const insertAt = place === 'before' ? targetIndex : targetIndex + 1;
  if (insertAt === from) return undefined;
  return insertAt === 0 ? null : (rest[insertAt - 1] ?? null);
}
