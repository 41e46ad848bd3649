import { EXPORT_GROUPS, exportSchema, type Export } from '../domain/export';
import { personalPartition, type Caller } from '../domain/identity';
import { callerPerson } from './chatAccess';
import { useCase } from './errors';
import { openMyChats } from './myChats';
import { exportMyEntries } from './myOneOnOneEntries';
import type { Services } from './services';

/**
 * Everything in the caller's own partition, grouped by kind, in one partition query, and
 * what they wrote in each 1:1 chat they are a member of (filtered by author, so the other
 * person's entries are not in it). The result is parsed with the export contract, so
 * nothing the contract does not name (versions, markers, card ids) leaves.
 */
export const exportMyData = useCase(async (services: Services, caller: Caller, now: Date = new Date()): Promise<Export> => {
  const groups = Object.entries(EXPORT_GROUPS);
  const me = callerPerson(caller);
  const [kinds, chats] = await Promise.all([
    services.personal.listKinds(
      personalPartition(caller),
      groups.map(([kind]) => kind),
    ),
    openMyChats(services, caller),
  ]);
  const oneOnOnes = await Promise.all(chats.map(({ chat }) => exportMyEntries(services, chat, me)));
  const items: Record<string, Record<string, unknown>[]> = {};
  for (const [kind, group] of groups) {
    if (group === undefined) continue;
    items[group] = (kinds.get(kind) ?? []).map((record) => ({ ...record.data, id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt }));
  }
  return exportSchema.parse({
    exportedAt: now.toISOString(),
    user: { tenantId: caller.tenantId, objectId: caller.objectId, name: caller.name },
    items,
    oneOnOnes,
  });
});
