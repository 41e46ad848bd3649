import { createContext, useContext, type ReactNode } from 'react';
import { byPosition, currentProfileOf } from '@domain/manager/currentProfile';
import type { Manager, Priority } from '@domain/manager/managerProfile';

/** A priority an item can say it supports. */
export interface PriorityOption {
  readonly id: string;
  readonly title: string;
}

/** What the personal tab's items need of my manager profiles: what to offer, and what a tag names. */
export interface PriorityChoices {
  /** My current manager's priorities, ranked. */
  readonly options: readonly PriorityOption[];
  /** The current manager's name, for labels; empty before there is a profile. */
  readonly managerName: string;
  /** Title of any of my priorities, of any profile; undefined for one that is gone. */
  readonly titleOf: (id: string | undefined) => string | undefined;
}

const NONE: PriorityChoices = { options: [], managerName: '', titleOf: () => undefined };
const PrioritiesContext = createContext<PriorityChoices>(NONE);

/** The choices for profiles and priorities as the overview returned them. */
export function priorityChoices(managers: readonly Manager[], priorities: readonly Priority[]): PriorityChoices {
  const current = currentProfileOf(managers);
  const titles = new Map(priorities.map((priority) => [priority.id, priority.title]));
  return {
    options: current === undefined ? [] : byPosition(priorities.filter((priority) => priority.profileId === current.id)),
    managerName: current?.name ?? '',
    titleOf: (id) => (id === undefined ? undefined : titles.get(id)),
  };
}

/** Gives the items below the priorities they can support, without threading them through every section. */
export function PrioritiesProvider({ value, children }: { value: PriorityChoices; children: ReactNode }) {
  return <PrioritiesContext.Provider value={value}>{children}</PrioritiesContext.Provider>;
}

/** The priorities an item can support, and the titles of tags. */
export function usePriorities(): PriorityChoices {
  return useContext(PrioritiesContext);
}
