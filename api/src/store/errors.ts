/** Storage could not be reached or did not answer in time; the caller should retry later. */
export class StorageUnavailableError extends Error {
  constructor(options?: ErrorOptions) {
    super('Table Storage is unavailable.', options);
    this.name = 'StorageUnavailableError';
  }
}

/** Storage refused the paging cursor: it was not one of this list's (the caller changed it). */
export class InvalidCursorError extends Error {
  constructor(options?: ErrorOptions) {
    super('The cursor is not valid for this list.', options);
    this.name = 'InvalidCursorError';
  }
}

/** The item does not exist in this partition (or belongs to someone else, which looks the same). */
export class ItemNotFoundError extends Error {
  constructor() {
    super('Item not found.');
    this.name = 'ItemNotFoundError';
  }
}

/** The item changed since the caller read it; carries the item as it is now. */
export class VersionConflictError extends Error {
  constructor(readonly current: StoredRecord | undefined) {
    super('The item was changed by someone else.');
    this.name = 'VersionConflictError';
  }
}

/** One stored item as the store sees it: server fields plus the domain data. */
export interface StoredRecord {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly etag: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * A stored row fits no version of its kind's schema (hand-edited, or written by a newer
 * release). Lists skip such rows and log them; reading the one row throws this, so nothing
 * reads as a type it does not have. Not the caller's fault: answered as a server error.
 */
export class UnreadableRowError extends Error {
  readonly code = 'unreadable_row';
  constructor() {
    super('A stored item could not be read.');
    this.name = 'UnreadableRowError';
  }
}
