import type { ApiError } from '../../shared/api/client';

/** Why the chat's space cannot be shown at all, as opposed to a failure worth retrying. */
export type ChatProblem = 'not-member' | 'not-set-up';

/** 403: the caller is not on the chat's roster. 404: the app was never added to this chat. */
export function chatProblemOf(error: ApiError | undefined): ChatProblem | undefined {
  if (error?.status === 403) return 'not-member';
  if (error?.status === 404) return 'not-set-up';
  return undefined;
}
