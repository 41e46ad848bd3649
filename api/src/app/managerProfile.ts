import { commitmentSchema } from '../domain/commitments';
import { goalSchema } from '../domain/goals';
import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { insightSchema, managerSchema, prioritySchema, type Insight, type InsightInput, type Manager, type ManagerInput, type Priority, type PriorityInput } from '../domain/manager/managerProfile';
import type { ManagerView, SupportingItem } from '../domain/manager/managerView';
import { winSchema } from '../domain/wins';
import { VersionConflictError } from '../store/errors';
import { MAX_TRANSACTION_OPERATIONS, type PartitionWrite } from '../store/partitionStore';
import { useCase } from './errors';
import { requireProfileOf } from './ownItems';
import { personalItemUseCases, toItem } from './personalItems';
import { fileRecurringNudge, fileSafely } from './recurringNudges';
import type { Services } from './services';

const profileUseCases = personalItemUseCases<ManagerInput, Manager>({ kind: KIND.manager, outputSchema: managerSchema });

const TAGGABLE_KINDS = [KIND.goal, KIND.win, KIND.commitment] as const;

/** Applies writes to one partition in transactions of the most operations storage takes. */
async function transactInChunks(services: Services, partition: string, writes: readonly PartitionWrite[]): Promise<void> {
  for (let start = 0; start < writes.length; start += MAX_TRANSACTION_OPERATIONS) {
    await services.personal.transact(partition, writes.slice(start, start + MAX_TRANSACTION_OPERATIONS));
  }
}

/**
 * Takes the tag of deleted priorities off my goals, wins and commitments, so no item names a
 * priority that is gone (saving it again would be refused). Each rewrite is conditional on the
 * item's version; an edit that raced it is read again once.
 */
async function untag(services: Services, caller: Caller, priorityIds: ReadonlySet<string>): Promise<void> {
  if (priorityIds.size === 0) return;
  const partition = personalPartition(caller);
  for (let attempt = 0; ; attempt++) {
    const kinds = await services.personal.listKinds(partition, TAGGABLE_KINDS);
    const writes = [...kinds.entries()].flatMap(([kind, records]) =>
      records
        .filter((record) => typeof record.data.supportsPriorityId === 'string' && priorityIds.has(record.data.supportsPriorityId))
        .map((record): PartitionWrite => {
          const data = Object.fromEntries(Object.entries(record.data).filter(([field]) => field !== 'supportsPriorityId'));
          return { op: 'replace', kind, id: record.id, data, etag: record.etag, createdAt: record.createdAt };
        }),
    );
    try {
      await transactInChunks(services, partition, writes);
      return;
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt > 0) throw error;
    }
  }
}

/** Deletes a profile (if `etag` is still its version), then every entry of it and the tags that named its priorities: nothing of it is left to read. */
const removeProfile = useCase(async (services: Services, caller: Caller, id: string, etag: string): Promise<void> => {
  await profileUseCases.remove(services, caller, id, etag);
  const partition = personalPartition(caller);
  const kinds = await services.personal.listKinds(partition, [KIND.insight, KIND.priority]);
  const entries = [...kinds.entries()].flatMap(([kind, records]) => records.filter((record) => record.data.profileId === id).map((record) => ({ kind, id: record.id })));
  await untag(services, caller, new Set(entries.filter((entry) => entry.kind === KIND.priority).map((entry) => entry.id)));
  await transactInChunks(services, partition, entries.map((entry): PartitionWrite => ({ op: 'delete', ...entry })));
});

/** Profiles of my managers; deleting one deletes its entries. */
export const managers = { ...profileUseCases, remove: removeProfile };

/** What I know about how my manager works; each entry belongs to one of my profiles. */
export const insights = personalItemUseCases<InsightInput, Insight>({
  kind: KIND.insight,
  outputSchema: insightSchema,
  check: (services, caller, input) => requireProfileOf(services, caller, input.profileId),
  // The update cadence decides when "update due" comes: file it from the new one.
  afterWrite: async (services, caller, insight) => {
    if (insight.field === 'cadence') await fileSafely(services, 'update', () => fileRecurringNudge(services, caller, { kind: 'updateDue' }, new Date()));
  },
});

const priorityUseCases = personalItemUseCases<PriorityInput, Priority>({
  kind: KIND.priority,
  outputSchema: prioritySchema,
  check: (services, caller, input) => requireProfileOf(services, caller, input.profileId),
});

/** My manager's priorities, ranked; each belongs to one of my profiles. Deleting one takes its tag off my items. */
export const priorities = {
  ...priorityUseCases,
  remove: useCase(async (services: Services, caller: Caller, id: string, etag: string): Promise<void> => {
    await priorityUseCases.remove(services, caller, id, etag);
    await untag(services, caller, new Set([id]));
  }),
};

/** The kinds the "My manager" page reads, in one partition query. */
const VIEW_KINDS = [KIND.manager, KIND.insight, KIND.priority, KIND.goal, KIND.commitment, KIND.win] as const;

/** The "My manager" page: every profile, its entries, and which of my goals, commitments and wins support each priority. */
export const loadManagerView = useCase(async (services: Services, caller: Caller): Promise<ManagerView> => {
  const kinds = await services.personal.listKinds(personalPartition(caller), VIEW_KINDS);
  const rows = (kind: (typeof VIEW_KINDS)[number]) => kinds.get(kind) ?? [];
  const supporting: SupportingItem[] = [];
  const tagged = (kind: SupportingItem['kind'], item: { id: string; title: string; supportsPriorityId?: string | undefined; status?: string }) => {
    if (item.supportsPriorityId !== undefined) supporting.push({ kind, id: item.id, title: item.title, priorityId: item.supportsPriorityId, ...(item.status === undefined ? {} : { status: item.status }) });
  };
  for (const record of rows(KIND.goal)) tagged('goal', toItem(goalSchema, record));
  for (const record of rows(KIND.commitment)) tagged('commitment', toItem(commitmentSchema, record));
  for (const record of rows(KIND.win)) tagged('win', toItem(winSchema, record));
  return {
    profiles: rows(KIND.manager).map((record) => toItem(managerSchema, record)),
    insights: rows(KIND.insight).map((record) => toItem(insightSchema, record)),
    priorities: rows(KIND.priority).map((record) => toItem(prioritySchema, record)),
    supporting,
  };
});
