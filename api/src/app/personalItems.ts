import type { z } from 'zod';
import { personalPartition, type Caller } from '../domain/identity';
import { VersionConflictError, type StoredRecord } from '../store/errors';
import { StaleVersionError, useCase } from './errors';
import type { Services } from './services';

/** How one kind of personal item is stored, returned and checked against the caller's other items. */
export interface PersonalKind<Input extends object, Output> {
  /** Row-key prefix and singular name, e.g. `goal`. */
  readonly kind: string;
  readonly outputSchema: z.ZodType<Output>;
  /** Cross-item rules (a win's goal must exist): throw an application error to refuse. */
  readonly check?: (services: Services, caller: Caller, input: Input) => Promise<void>;
  /** Fields only the server sets, which a replace keeps from the stored row; `source` (the message it was logged from) when not named. */
  readonly serverFields?: readonly string[];
  /** Follow-up of a create or replace that must not fail it (filing a commitment's reminders). */
  readonly afterWrite?: (services: Services, caller: Caller, output: Output) => Promise<void>;
}

/** A page of items and the cursor of the next one. */
export interface ItemPage<Output> {
  readonly items: Output[];
  readonly nextCursor: string | undefined;
}

/**
 * A stored record as the contract returns it: domain fields plus server fields. `schema`
 * names the shape; the store has already checked the row against its kind's versioned
 * schema (api/src/domain/kinds.ts), so nothing is parsed again here.
 * Object.assign rather than `{ ...data, id }`: V8 copies a parsed object into a fresh one
 * fast, but adding keys after a spread took 2.9 µs an item here, 20x more (npm run bench).
 */
export function toItem<Output>(_schema: z.ZodType<Output>, record: StoredRecord): Output {
  return Object.assign({}, record.data, { id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt, etag: record.etag }) as Output;
}

/**
 * The use cases of one personal kind: list (paged), create, get, replace, delete. Each runs in
 * the caller's own partition, named from the caller alone, never from input.
 */
export function personalItemUseCases<Input extends object, Output>(spec: PersonalKind<Input, Output>) {
  const item = (record: StoredRecord) => toItem(spec.outputSchema, record);
  /** Runs a write; a version conflict refuses it with the current item in contract shape. */
  const guarded = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      if (error instanceof VersionConflictError) throw new StaleVersionError(error.current === undefined ? undefined : item(error.current));
      throw error;
    }
  };
  return {
    list: useCase(async (services: Services, caller: Caller, page: { limit: number; cursor?: string | undefined }): Promise<ItemPage<Output>> => {
      const found = await services.personal.list(personalPartition(caller), spec.kind, page.limit, page.cursor);
      return { items: found.items.map(item), nextCursor: found.nextCursor };
    }),
    /** A retried create with the same key returns the first item. */
    create: useCase(async (services: Services, caller: Caller, input: Input, idempotencyKey: string | undefined): Promise<Output> => {
      await spec.check?.(services, caller, input);
      const created = item(await services.personal.create(personalPartition(caller), spec.kind, input, idempotencyKey));
      await spec.afterWrite?.(services, caller, created);
      return created;
    }),
    get: useCase(async (services: Services, caller: Caller, id: string): Promise<Output> =>
      item(await services.personal.get(personalPartition(caller), spec.kind, id)),
    ),
    /** Replaces the item if `etag` is still its version. */
    replace: useCase(async (services: Services, caller: Caller, id: string, input: Input, etag: string): Promise<Output> => {
      await spec.check?.(services, caller, input);
      const partition = personalPartition(caller);
      const current = await services.personal.get(partition, spec.kind, id);
      // What the server set (the message an item was logged from, its links) survives edits.
      const preserved = Object.fromEntries((spec.serverFields ?? ['source']).flatMap((field) => (current.data[field] === undefined ? [] : [[field, current.data[field]]])));
      // Two round trips in all: this read, then the conditional write (which reuses its createdAt).
      const replaced = item(await guarded(() => services.personal.update(partition, spec.kind, id, { ...input, ...preserved }, etag, current.createdAt)));
      await spec.afterWrite?.(services, caller, replaced);
      return replaced;
    }),
    /** Deletes the item if `etag` is still its version. */
    remove: useCase(async (services: Services, caller: Caller, id: string, etag: string): Promise<void> => {
      await guarded(() => services.personal.delete(personalPartition(caller), spec.kind, id, etag));
    }),
  };
}

/** The use cases of one personal kind, as {@link personalItemUseCases} makes them. */
export type PersonalItemUseCases<Input extends object, Output> = ReturnType<typeof personalItemUseCases<Input, Output>>;
