import { commitmentSchema, type Commitment } from '../domain/commitments';
import {
  actedOnRefusal,
  FEEDBACK_ABOUT_KINDS,
  feedbackFigure,
  feedbackSchema,
  feedbackStatus,
  isFeedbackQuestion,
  NOT_A_FEEDBACK_QUESTION,
  whatChangedAgendaItem,
  type ActOnFeedbackInput,
  type AgendaFeedbackInput,
  type Feedback,
  type FeedbackEntry,
  type FeedbackInput,
  type FeedbackSummary,
  type TellWhatChangedInput,
} from '../domain/feedback';
import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { ItemNotFoundError, VersionConflictError, type StoredRecord } from '../store/errors';
import { newItemId, type PartitionWrite } from '../store/partitionStore';
import { addAgendaItem, type AgendaAdd } from './agendaAdd';
import type { OpenChat } from './chatAccess';
import { ConflictError, InvalidInputError, StaleVersionError, useCase } from './errors';
import { fileCommitmentNudgesSafely } from './nudgeIndex';
import { oncePerMessage, type SourceMessage } from './oncePerMessage';
import { requireAboutOf } from './ownItems';
import { personalItemUseCases, toItem } from './personalItems';
import { employeesAgendaItem } from './profileCapture';
import type { Services } from './services';

/** The commitments of mine, as the status rule reads them. */
async function myCommitments(services: Services, caller: Caller): Promise<Commitment[]> {
  const kinds = await services.personal.listKinds(personalPartition(caller), [KIND.commitment]);
  return (kinds.get(KIND.commitment) ?? []).map((record) => toItem(commitmentSchema, record));
}

const base = personalItemUseCases<FeedbackInput, Feedback>({
  kind: KIND.feedback,
  outputSchema: feedbackSchema,
  check: async (services, caller, input) => {
    await requireAboutOf(services, caller, input.about);
  },
  // Links to commitments are made by acting on it, and the message it came from by the message extension.
  serverFields: ['source', 'commitmentIds'],
});

/** Feedback I received. Marking it acted on is refused while one of its commitments is still open. */
export const feedback = {
  ...base,
  replace: useCase(async (services: Services, caller: Caller, id: string, input: FeedbackInput, etag: string): Promise<Feedback> => {
    if (input.resolution?.state === 'actedOn') {
      const [current, commitments] = await Promise.all([base.get(services, caller, id), myCommitments(services, caller)]);
      const refusal = actedOnRefusal(input.resolution, current, commitments);
      if (refusal !== undefined) throw new InvalidInputError([{ path: 'resolution', message: refusal }]);
    }
    return base.replace(services, caller, id, input, etag);
  }),
};

/** One entry of the Feedback screen, from the rows one partition query read. */
function entryOf(item: Feedback, commitments: readonly Commitment[], titles: ReadonlyMap<string, string>): FeedbackEntry {
  const byId = new Map(commitments.map((commitment) => [commitment.id, commitment]));
  const linked = item.commitmentIds.flatMap((id) => {
    const commitment = byId.get(id);
    return commitment === undefined ? [] : [{ id, title: commitment.title, status: commitment.status, ...(commitment.dueDate === undefined ? {} : { dueDate: commitment.dueDate }) }];
  });
  const aboutTitle = item.about === undefined ? undefined : titles.get(`${item.about.kind}:${item.about.id}`);
  return { feedback: item, status: feedbackStatus(item, commitments), commitments: linked, ...(aboutTitle === undefined ? {} : { aboutTitle }) };
}

/** The Feedback screen in one partition query: every piece with its status and commitments, newest received first, and the figure as of `today`. */
export const loadFeedbackSummary = useCase(async (services: Services, caller: Caller, today: string): Promise<FeedbackSummary> => {
  const kinds = await services.personal.listKinds(personalPartition(caller), [KIND.feedback, KIND.commitment, KIND.goal, KIND.win]);
  const rows = (kind: string): StoredRecord[] => kinds.get(kind) ?? [];
  const items = rows(KIND.feedback).map((record) => toItem(feedbackSchema, record));
  const commitments = rows(KIND.commitment).map((record) => toItem(commitmentSchema, record));
  const about = FEEDBACK_ABOUT_KINDS.flatMap((kind) => rows(kind).flatMap((record) => (typeof record.data.title === 'string' ? [{ kind, id: record.id, title: record.data.title }] : [])));
  const titles = new Map(about.map((item) => [`${item.kind}:${item.id}`, item.title]));
  const newestFirst = [...items].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.createdAt.localeCompare(a.createdAt));
  return { entries: newestFirst.map((item) => entryOf(item, commitments, titles)), figure: feedbackFigure(items, today), items: about };
});

/**
 * Turns feedback into commitments of mine, linked both ways, in one transaction under the
 * feedback's ETag: a retry or a concurrent change gets 412 with the current feedback, and never
 * makes a second set of commitments. Resolved feedback is reopened first (its resolution cleared).
 */
export const actOnFeedback = useCase(async (services: Services, caller: Caller, id: string, input: ActOnFeedbackInput, etag: string): Promise<FeedbackEntry> => {
  const partition = personalPartition(caller);
  const current = await services.personal.get(partition, KIND.feedback, id);
  const item = toItem(feedbackSchema, current);
  if (item.resolution !== undefined) throw new ConflictError('feedback_resolved', 'This feedback is already closed.', 'Reopen it before you commit to more.');
  const made = input.commitments.map((commitment) => ({
    id: newItemId(),
    data: { title: commitment.title, details: '', toWhom: '', status: 'open', sharedInOneOnOne: false, fromFeedbackId: id, ...(commitment.dueDate === undefined ? {} : { dueDate: commitment.dueDate }) },
  }));
  const writes: PartitionWrite[] = [
    ...made.map((commitment): PartitionWrite => ({ op: 'create', kind: KIND.commitment, ...commitment })),
    { op: 'replace', kind: KIND.feedback, id, data: { ...current.data, commitmentIds: [...item.commitmentIds, ...made.map((commitment) => commitment.id)] }, etag, createdAt: current.createdAt },
  ];
  try {
    await services.personal.transact(partition, writes);
  } catch (error) {
    if (error instanceof VersionConflictError) throw new StaleVersionError(toItem(feedbackSchema, await services.personal.get(partition, KIND.feedback, id)));
    throw error;
  }
  const [updated, commitments] = await Promise.all([services.personal.get(partition, KIND.feedback, id), myCommitments(services, caller)]);
  const now = new Date();
  for (const commitment of commitments) if (commitment.fromFeedbackId === id) await fileCommitmentNudgesSafely(services, caller, commitment, now);
  return entryOf(toItem(feedbackSchema, updated), commitments, new Map());
});

/** What "Tell them what changed" is told for feedback it cannot tell about. */
export const NOT_ACTED_ON = 'Only feedback you acted on can be told about: say what changed first.';

/**
 * "Tell them what changed": adds "You suggested X; here is what I changed" to the next 1:1's
 * agenda in a chat I am a member of, with what changed as its notes. The giver is named only
 * when I ask for it. A retry with the same key adds one item.
 */
export const tellWhatChanged = useCase(async (services: Services, caller: Caller, chat: OpenChat, input: TellWhatChangedInput, key: string | undefined): Promise<AgendaAdd> => {
  let record;
  try {
    record = await services.personal.get(personalPartition(caller), KIND.feedback, input.feedbackId);
  } catch (error) {
    if (error instanceof ItemNotFoundError) throw new InvalidInputError([{ path: 'feedbackId', message: 'No such feedback of yours.' }]);
    throw error;
  }
  const agendaItem = whatChangedAgendaItem(toItem(feedbackSchema, record), input.nameGiver);
  if (agendaItem === undefined) throw new InvalidInputError([{ path: 'feedbackId', message: NOT_ACTED_ON }]);
  return addAgendaItem(services, caller, chat, { ...agendaItem, kind: 'topic' }, key);
});

/**
 * Saves the outcome of a feedback question discussed in this 1:1 as the employee's own
 * feedback, from the manager, in one step. Only the employee may (as with the manager profile).
 */
export const saveAgendaFeedback = useCase(async (services: Services, caller: Caller, chat: OpenChat, itemId: string, input: AgendaFeedbackInput, key: string | undefined): Promise<Feedback> => {
  const { item, managerName } = await employeesAgendaItem(services, caller, chat, itemId, isFeedbackQuestion, NOT_A_FEEDBACK_QUESTION);
  const data = { giver: managerName || 'My manager', receivedOn: input.receivedOn, text: input.text, question: item.title, praise: false, origin: 'oneOnOne', commitmentIds: [] };
  return toItem(feedbackSchema, await services.personal.create(personalPartition(caller), KIND.feedback, data, key));
});

/**
 * Saves feedback from a chat message (the message extension's "Feedback" kind), already valid
 * by the contract, linked back to the message, once per message like every log from a
 * message. Private: nothing of it reaches the chat or the giver.
 */
export const saveFeedbackFromMessage = useCase(async (services: Services, caller: Caller, message: SourceMessage, input: FeedbackInput): Promise<Feedback> =>
  oncePerMessage(caller, message, 'feedback', {
    find: async (partition, key) => {
      const record = await services.personal.findByIdempotencyKey(partition, KIND.feedback, key);
      return record === undefined ? undefined : toItem(feedbackSchema, record);
    },
    create: async (key) => {
      await requireAboutOf(services, caller, input.about);
      const data = { ...input, origin: 'message', commitmentIds: [], source: message.source };
      return toItem(feedbackSchema, await services.personal.create(personalPartition(caller), KIND.feedback, data, key));
    },
  }),
);
