import { byPosition, currentProfileOf } from '@domain/manager/currentProfile';
import type { Insight, Manager, Priority } from '@domain/manager/managerProfile';
import type { ManagerView, SupportingItem } from '@domain/manager/managerView';
import type { ProfileFieldId } from '@domain/manager/profileFields';

/** One profile as the page shows it: its entries by field, its priorities ranked, each with what of mine supports it. */
export interface ProfileContent {
  readonly profile: Manager;
  readonly isCurrent: boolean;
  readonly insightsByField: ReadonlyMap<ProfileFieldId, readonly Insight[]>;
  readonly priorities: readonly Priority[];
  readonly supportOf: (priorityId: string) => readonly SupportingItem[];
}

/** The profile to show: the one picked, if it still exists, else my current manager's. */
export function profileToShow(profiles: readonly Manager[], pickedId: string | undefined): Manager | undefined {
  return profiles.find((profile) => profile.id === pickedId) ?? currentProfileOf(profiles);
}

/** Profiles, newest first, for the switcher. */
export function profilesNewestFirst(profiles: readonly Manager[]): Manager[] {
  return [...profiles].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** What the page shows of one profile; entries of a field newest first. */
export function contentOf(view: ManagerView, profile: Manager): ProfileContent {
  const insightsByField = new Map<ProfileFieldId, Insight[]>();
  const own = view.insights.filter((insight) => insight.profileId === profile.id).sort((a, b) => b.notedOn.localeCompare(a.notedOn) || b.createdAt.localeCompare(a.createdAt));
  for (const insight of own) insightsByField.set(insight.field, [...(insightsByField.get(insight.field) ?? []), insight]);
  return {
    profile,
    isCurrent: currentProfileOf(view.profiles)?.id === profile.id,
    insightsByField,
    priorities: byPosition(view.priorities.filter((priority) => priority.profileId === profile.id)),
    supportOf: (priorityId) => view.supporting.filter((item) => item.priorityId === priorityId),
  };
}

/** The position that moves `ranked[index]` one step up or down: halfway between its new neighbours, so only it is rewritten. */
export function positionForMove(ranked: readonly Priority[], index: number, direction: 'up' | 'down'): number | undefined {
  const target = direction === 'up' ? index - 1 : index + 1;
  const neighbour = ranked[target];
  if (neighbour === undefined) return undefined;
  const beyond = ranked[direction === 'up' ? target - 1 : target + 1];
  if (beyond === undefined) return direction === 'up' ? neighbour.position - 1 : neighbour.position + 1;
  return (neighbour.position + beyond.position) / 2;
}

/** The request body that writes a priority: its editable fields, as the contract names them. */
export function priorityBody(priority: Pick<Priority, 'profileId' | 'title' | 'why' | 'position' | 'origin' | 'notedOn'> & { readonly since?: string | undefined }) {
  return {
    profileId: priority.profileId,
    title: priority.title,
    why: priority.why,
    ...(priority.since === undefined || priority.since === '' ? {} : { since: priority.since }),
    position: priority.position,
    origin: priority.origin,
    notedOn: priority.notedOn,
  };
}
