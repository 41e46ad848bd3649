/** The profile of my current manager: the one started last. Profiles of earlier managers stay readable. */
export function currentProfileOf<Profile extends { readonly createdAt: string; readonly id: string }>(profiles: readonly Profile[]): Profile | undefined {
  let current: Profile | undefined;
  for (const profile of profiles) {
    if (current === undefined || profile.createdAt > current.createdAt || (profile.createdAt === current.createdAt && profile.id > current.id)) current = profile;
  }
  return current;
}

/** Entries in ranked order: lowest position first. */
export function byPosition<Entry extends { readonly position: number; readonly id: string }>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/** The position that puts a new priority after all of `existing`. */
export function positionAfterLast(existing: readonly { readonly position: number }[]): number {
  return existing.reduce((last, entry) => Math.max(last, entry.position), 0) + 1;
}
