import type { FieldError } from '../domain/problems';
import { InvalidCursorError, ItemNotFoundError, StorageUnavailableError, VersionConflictError } from '../store/errors';

/**
 * What a use case refuses with. Adapters map these, and only these, to what their users see:
 * HTTP in http/errors.ts, the bot in bot/errors.ts. Store errors never reach an adapter:
 * {@link useCase} names them.
 */
export abstract class AppError extends Error {}

/** The thing asked for does not exist, or is not the caller's to see (which looks the same). */
export class NotFoundError extends AppError {
  constructor() {
    super('Not found.');
    this.name = 'NotFoundError';
  }
}

/** The caller is known but may not do this (not on the chat's roster). */
export class ForbiddenError extends AppError {
  constructor() {
    super('Forbidden.');
    this.name = 'ForbiddenError';
  }
}

/** Input a rule refuses, field by field (a win naming a goal the caller does not have). */
export class InvalidInputError extends AppError {
  constructor(readonly errors: readonly FieldError[]) {
    super('Invalid input.');
    this.name = 'InvalidInputError';
  }
}

/** The item changed since the caller read it; `current` is how it is now, in contract shape, when known. */
export class StaleVersionError extends AppError {
  constructor(readonly current: unknown) {
    super('Stale version.');
    this.name = 'StaleVersionError';
  }
}

/** The request is valid but the state of things refuses it (a full agenda); `code` is stable. */
export class ConflictError extends AppError {
  constructor(
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
  ) {
    super(title);
    this.name = 'ConflictError';
  }
}

/** Storage cannot be reached right now; the caller should retry shortly. */
export class UnavailableError extends AppError {
  constructor(options?: ErrorOptions) {
    super('Storage is unavailable.', options);
    this.name = 'UnavailableError';
  }
}

/** Teams (the Bot Connector) did not take a post someone is waiting on; the caller should retry shortly. */
export class ConnectorUnavailableError extends AppError {
  constructor(options?: ErrorOptions) {
    super('The Bot Connector is unavailable.', options);
    this.name = 'ConnectorUnavailableError';
  }
}

/** Names a store error as the application error it means; anything else passes unchanged. */
export function fromStoreError(error: unknown): unknown {
  if (error instanceof ItemNotFoundError) return new NotFoundError();
  if (error instanceof VersionConflictError) return new StaleVersionError(undefined);
  if (error instanceof StorageUnavailableError) return new UnavailableError({ cause: error });
  if (error instanceof InvalidCursorError) return new InvalidInputError([{ path: 'cursor', message: 'Not a cursor from a previous page.' }]);
  return error;
}

/** Wraps a use case so that whatever the store throws leaves it as an {@link AppError}. */
export function useCase<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await run(...args);
    } catch (error) {
      throw fromStoreError(error);
    }
  };
}
