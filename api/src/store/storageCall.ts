import { RestError, type TableClient } from '@azure/data-tables';
import { InvalidCursorError, ItemNotFoundError, StorageUnavailableError, UnreadableRowError, VersionConflictError } from './errors';

/** Every storage call gives up after this long, so a request fails within 2 s when storage is down. */
export const STORAGE_DEADLINE_MS = 1500;

/** The HTTP status of a Table Storage error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

/**
 * Runs one storage operation under the deadline. The store's own answers (4xx, not found,
 * conflict) pass through; anything else (timeout, refused connection, 5xx) becomes
 * {@link StorageUnavailableError}, which the API answers with 503 and Retry-After.
 */
export async function guard<T>(operation: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  try {
    return await operation(AbortSignal.timeout(STORAGE_DEADLINE_MS));
  } catch (error) {
    const status = statusOf(error);
    if (status !== undefined && status < 500) throw error;
    if (error instanceof ItemNotFoundError || error instanceof VersionConflictError || error instanceof InvalidCursorError || error instanceof UnreadableRowError) throw error;
    throw new StorageUnavailableError({ cause: error });
  }
}

/**
 * Creates the table on first use, once per process; a failed attempt (storage down) is
 * forgotten so the next request tries again.
 */
export function tableCreator(client: TableClient): () => Promise<void> {
  let ready: Promise<void> | undefined;
  return () => {
    ready ??= guard(async (abortSignal) => {
      try {
        await client.createTable({ abortSignal });
      } catch (error) {
        if (statusOf(error) !== 409) throw error;
      }
    }).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
}
