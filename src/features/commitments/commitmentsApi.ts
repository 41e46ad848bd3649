import type { Commitment } from '../../../api/src/domain/commitments';
import type { CommitmentSummary } from '../../../api/src/domain/commitmentRules';
import type { ApiClient } from '../../shared/api/client';
import type { CommitmentBody } from './commitmentForm';

/** The API's largest page: most people's commitments arrive in one round trip. */
const PAGE_SIZE = 200;

/** The API collection of the caller's commitments. */
export const COMMITMENTS = '/me/commitments';

interface Page {
  readonly items: readonly Commitment[];
  readonly nextCursor?: string;
}

/** Every commitment of the caller, following the API's pages to the end. */
export async function loadAllCommitments(api: ApiClient): Promise<Commitment[]> {
  const all: Commitment[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(cursor === undefined ? {} : { cursor }) });
    const page = await api.get<Page>(`${COMMITMENTS}?${query.toString()}`);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return all;
}

/** The follow-through figure and list sizes, for the caller's own calendar day (only the tab knows it). */
export function loadSummary(api: ApiClient, today: string): Promise<CommitmentSummary> {
  return api.get<CommitmentSummary>(`${COMMITMENTS}/summary?today=${encodeURIComponent(today)}`);
}

/**
 * Replaces a commitment with `body`, against the version shown (If-Match). The answer is
 * the contract's shape; it is not parsed again here, to keep zod out of the first bundle.
 */
export function replaceCommitment(api: ApiClient, commitment: Commitment, body: CommitmentBody): Promise<Commitment> {
  return api.send<Commitment>('PUT', `${COMMITMENTS}/${encodeURIComponent(commitment.id)}`, body, { etag: commitment.etag });
}
