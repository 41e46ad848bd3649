import { EXPORT_GROUPS, exportSchema, type Export } from '../domain/export';
import { personalPartition, type Caller } from '../domain/identity';
import { useCase } from './errors';
import type { Services } from './services';

/**
 * Everything in the caller's own partition, grouped by kind, in one partition query. Only
 * the personal table is read, under the partition named from the caller alone: a chat's
 * shared space and other people's items cannot be in it. The result is parsed with the
 * export contract, so nothing the contract does not name (versions, markers) leaves.
 */
export const exportMyData = useCase(async (services: Services, caller: Caller, now: Date = new Date()): Promise<Export> => {
  const groups = Object.entries(EXPORT_GROUPS);
  const kinds = await services.personal.listKinds(
    personalPartition(caller),
    groups.map(([kind]) => kind),
  );
  const items: Record<string, Record<string, unknown>[]> = {};
  for (const [kind, group] of groups) {
    if (group === undefined) continue;
    items[group] = (kinds.get(kind) ?? []).map((record) => ({ ...record.data, id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt }));
  }
  return exportSchema.parse({
    exportedAt: now.toISOString(),
    user: { tenantId: caller.tenantId, objectId: caller.objectId, name: caller.name },
    items,
  });
});
