import type { Person } from './chat';
import type { RecordData, RecordItem } from './oneOnOne';

// Who wrote what in a shared 1:1 space, for "download everything" and "delete everything":
// what I wrote leaves with me, what the other person wrote stays theirs.

/** Whether `person` is `author`; object ids are compared as the roster keeps them, lower-case. */
export function isBy(author: Person, person: Person): boolean {
  return author.objectId.toLowerCase() === person.objectId.toLowerCase();
}

/** The talking points `person` added that a record of a closed 1:1 keeps. */
export function recordItemsBy(record: RecordData, person: Person): RecordItem[] {
  return record.items.filter((item) => isBy(item.addedBy, person));
}

/**
 * The record without what `person` put in it: their talking points, and what they shared at
 * the close (the snapshot names owners, not ids; a 1:1's two members have two names). The
 * counts stay: they describe the meeting, not anyone's entries. Undefined when nothing of
 * theirs is in it, so an untouched record is not rewritten.
 */
export function recordWithout(record: RecordData, person: Person): RecordData | undefined {
  const items = record.items.filter((item) => !isBy(item.addedBy, person));
  const shared = record.shared;
  const notTheirs = <T extends { ownerName: string }>(entries: readonly T[]) => entries.filter((entry) => entry.ownerName !== person.name);
  const keptShared =
    shared === undefined
      ? undefined
      : {
          commitments: notTheirs(shared.commitments),
          wins: notTheirs(shared.wins),
          actions: notTheirs(shared.actions),
          ...(shared.headsUps === undefined ? {} : { headsUps: shared.headsUps.filter((headsUp) => headsUp.raisedBy !== person.name) }),
        };
  const sizeOf = (snapshot: typeof shared) =>
    snapshot === undefined ? 0 : snapshot.commitments.length + snapshot.wins.length + snapshot.actions.length + (snapshot.headsUps?.length ?? 0);
  if (items.length === record.items.length && sizeOf(keptShared) === sizeOf(shared)) return undefined;
  return { ...record, items, ...(keptShared === undefined ? {} : { shared: keptShared }) };
}
