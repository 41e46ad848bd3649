import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { currentProfileOf } from '../domain/manager/currentProfile';
import { insightSchema, managerSchema, type InsightEntryInput, type Manager } from '../domain/manager/managerProfile';
import type { SavedToProfile } from '../domain/manager/profileCapture';
import { useCase } from './errors';
import { oncePerMessage, type SourceMessage } from './oncePerMessage';
import { toItem } from './personalItems';
import { addToCurrentProfile } from './profileCapture';
import type { Services } from './services';

/** What a chat message says about how my manager works, already valid by the contract. */
export interface MessageInsight {
  readonly entry: InsightEntryInput;
  /** The profile the form was opened for; undefined when I had none then (one is started). */
  readonly profileId: string | undefined;
  /** The name a profile started now gets. */
  readonly managerName: string;
}

/** The profile of my current manager, if I have started one: the form says whose profile it saves to. */
export const currentManager = useCase(async (services: Services, caller: Caller): Promise<Manager | undefined> => {
  // Every profile, not one page: the current one is the newest by creation, whatever the row order.
  const kinds = await services.personal.listKinds(personalPartition(caller), [KIND.manager]);
  return currentProfileOf((kinds.get(KIND.manager) ?? []).map((record) => toItem(managerSchema, record)));
});

/** Where an earlier save of this message under `key` went, or undefined when there was none. */
async function savedEarlier(services: Services, partition: string, key: string): Promise<SavedToProfile | undefined> {
  const record = await services.personal.findByIdempotencyKey(partition, KIND.insight, key);
  if (record === undefined) return undefined;
  const insight = toItem(insightSchema, record);
  // A profile deleted since takes its entries with it: then this throws ItemNotFoundError and a new entry is made.
  const profile = toItem(managerSchema, await services.personal.get(partition, KIND.manager, insight.profileId));
  return { target: insight.field, profileId: profile.id, entryId: insight.id, managerName: profile.name };
}

/**
 * Saves what a chat message says about how my manager works into my current manager's
 * profile (starting one when I have none), linked back to the message, once per message like
 * every log from a message. Private: nothing of it reaches the chat or the manager.
 */
export const saveInsightFromMessage = useCase(async (services: Services, caller: Caller, message: SourceMessage, insight: MessageInsight): Promise<SavedToProfile> => {
  const { entry } = insight;
  return oncePerMessage(caller, message, 'insight', {
    find: (partition, key) => savedEarlier(services, partition, key),
    create: (key) =>
      addToCurrentProfile(
        services,
        caller,
        {
          target: entry.field,
          text: entry.text,
          ...(entry.choice === undefined ? {} : { choice: entry.choice }),
          origin: 'message',
          notedOn: entry.notedOn,
          source: message.source,
          ...(insight.profileId === undefined ? {} : { profileId: insight.profileId }),
        },
        insight.managerName,
        key,
      ),
  });
});
