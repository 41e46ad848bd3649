import { personalPartition, type Caller } from '../domain/identity';
import { commitmentCommentSchema, MAX_SHARING_MEMBERS, type CommitmentComment, type CommitmentCommentData, type CommitmentCommentInput } from '../domain/oneOnOne';
import { ItemNotFoundError } from '../store/errors';
import { callerPerson, type OpenChat } from './chatAccess';
import { NotFoundError, useCase } from './errors';
import { KIND } from '../domain/kinds';
import type { Services } from './services';

/** The commitment a comment is about must be one the space shows: shared by a member of this (1:1-sized) chat. */
async function sharedCommitmentExists(services: Services, caller: Caller, chat: OpenChat, ownerObjectId: string, commitmentId: string): Promise<boolean> {
  const members = await services.rosters.members(chat.chatId);
  if (members.length > MAX_SHARING_MEMBERS || !members.some((member) => member.objectId === ownerObjectId)) return false;
  try {
    const record = await services.personal.get(personalPartition({ tenantId: caller.tenantId, objectId: ownerObjectId }), KIND.commitment, commitmentId);
    return record.data.sharedInOneOnOne === true;
  } catch (error) {
    if (error instanceof ItemNotFoundError) return false;
    throw error;
  }
}

/** Comments on a commitment shared in this 1:1; a retry with the same key returns the first comment. */
export const addComment = useCase(async (services: Services, caller: Caller, chat: OpenChat, input: CommitmentCommentInput, key: string | undefined): Promise<CommitmentComment> => {
  // Whether someone else's unshared commitment exists is not this caller's business: not found either way.
  if (!(await sharedCommitmentExists(services, caller, chat, input.ownerObjectId, input.commitmentId))) throw new NotFoundError();
  const data: CommitmentCommentData = { ...input, author: callerPerson(caller) };
  const record = await services.shared.create(chat.partition, KIND.comment, data, key);
  return commitmentCommentSchema.parse({ ...record.data, id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt, etag: record.etag });
});
