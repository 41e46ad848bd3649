import { commitmentSchema, type Commitment, type CommitmentInput } from '../domain/commitments';
import { personalPartition, type Caller } from '../domain/identity';
import { winSchema, type Win, type WinInput } from '../domain/wins';
import { StorageUnavailableError, type StoredRecord } from '../store/errors';
import { useCase } from './errors';
import { KIND } from '../domain/kinds';
import { toItem } from './personalItems';
import type { Services } from './services';
import { fileCommitmentNudgesSafely } from './nudgeIndex';
import { requireGoalOf } from './ownItems';
import { oncePerMessage, type SourceMessage } from './oncePerMessage';

/** What is logged: a commitment or a win, already valid by the contract. */
export type LoggedInput = { readonly kind: 'commitment'; readonly input: CommitmentInput } | { readonly kind: 'win'; readonly input: WinInput };

/** What was stored, in contract shape. */
export type LoggedItem = { readonly kind: 'commitment'; readonly item: Commitment } | { readonly kind: 'win'; readonly item: Win };

/** Stores the item once per message and slot (see oncePerMessage.ts), with the message as its source. */
function storeOnce(services: Services, caller: Caller, message: SourceMessage, logged: LoggedInput): Promise<StoredRecord> {
  const kind = KIND[logged.kind];
  const data = { ...logged.input, source: message.source };
  return oncePerMessage(caller, message, logged.kind, {
    find: (partition, key) => services.personal.findByIdempotencyKey(partition, kind, key),
    create: (key) => services.personal.create(personalPartition(caller), kind, data, key),
  });
}

/**
 * Logs a commitment or a win from a chat message, with the message as its source. A win's
 * goal must exist (the same rule as the HTTP API's); a retried log returns the first item.
 */
export const logFromMessage = useCase(async (services: Services, caller: Caller, message: SourceMessage, logged: LoggedInput): Promise<LoggedItem> => {
  if (logged.kind === 'win') {
    await requireGoalOf(services, caller, logged.input.goalId);
    return { kind: 'win', item: toItem(winSchema, await storeOnce(services, caller, message, logged)) };
  }
  const commitment = toItem(commitmentSchema, await storeOnce(services, caller, message, logged));
  await fileCommitmentNudgesSafely(services, caller, commitment, new Date());
  return { kind: 'commitment', item: commitment };
});

/**
 * The other member of a two-person chat Upward is installed in: in the employee's 1:1 with
 * their manager, a promise they wrote there was made to the manager. Empty when the chat is
 * not such a chat, when Teams gave no name, or when storage does not answer (the form still opens).
 */
export const counterpartIn = useCase(async (services: Services, conversationId: string | undefined, caller: Caller): Promise<string> => {
  if (conversationId === undefined) return '';
  try {
    const members = await services.rosters.members(conversationId);
    const me = caller.objectId.toLowerCase();
    if (members.length !== 2 || !members.some((member) => member.objectId === me)) return '';
    return members.find((member) => member.objectId !== me)?.name ?? '';
  } catch (error) {
    if (error instanceof StorageUnavailableError) return '';
    throw error;
  }
});
