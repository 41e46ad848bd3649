/** A copy of `set` with `item` in it or not: for state that holds a set of picked ids. */
export function withMembership<T>(set: ReadonlySet<T>, item: T, member: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (member) next.add(item);
  else next.delete(item);
  return next;
}
