import type { Commitment } from '@domain/commitments';
import type { ApiClient } from '../../shared/api/client';
import type { CommitmentBody } from './commitmentForm';

/** The API collection of the caller's commitments. */
export const COMMITMENTS = '/me/commitments';

/**
 * Replaces a commitment with `body`, against the version shown (If-Match). The answer is
 * the contract's shape; it is not parsed again here, to keep zod out of the first bundle.
 */
export function replaceCommitment(api: ApiClient, commitment: Commitment, body: CommitmentBody): Promise<Commitment> {
  return api.send<Commitment>('PUT', `${COMMITMENTS}/${encodeURIComponent(commitment.id)}`, body, { etag: commitment.etag });
}
