import type { z } from 'zod';
import { idSchema, listQueryOf, pageOf } from '../../domain/common';
import { personalPartition } from '../../domain/identity';
import { VersionConflictError, type StoredRecord } from '../../store/errors';
import { parseBody, requireIfMatch, validate } from '../body';
import { HttpError, versionConflict } from '../errors';
import type { ApiResponse, UserRoute, UserRouteContext } from '../types';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

const listQuerySchema = listQueryOf(50, 200);

/** How one kind of personal item is described, validated and checked against others. */
export interface PersonalKind<Input extends object, Output> {
  /** Row-key prefix and singular name, e.g. `goal`. */
  readonly kind: string;
  /** URL segment, e.g. `goals`. */
  readonly plural: string;
  readonly inputSchema: z.ZodType<Input>;
  readonly outputSchema: z.ZodType<Output>;
  /** Cross-item rules (a win's goal must exist): throw an HttpError to refuse. */
  readonly check?: (context: UserRouteContext, input: Input) => Promise<void>;
}

/**
 * A stored record as the contract returns it: domain fields plus server fields. `schema`
 * names the shape. Every record was validated with the contract when it was written, so
 * reads do not validate again: on a 500-item overview that would be most of the CPU time.
 * Object.assign rather than `{ ...data, id }`: V8 copies a parsed object into a fresh one
 * fast, but adding keys after a spread took 2.9 µs an item here, 20x more (npm run bench).
 */
export function toItem<Output>(_schema: z.ZodType<Output>, record: StoredRecord): Output {
  return Object.assign({}, record.data, { id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt, etag: record.etag }) as Output;
}

/** Runs a write; a version conflict becomes a 412 carrying the current item in contract shape. */
async function withConflictAsItem<T, Output>(schema: z.ZodType<Output>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw versionConflict(error.current === undefined ? undefined : toItem(schema, error.current));
    }
    throw error;
  }
}

function itemResponse(status: number, body: { etag: string }): ApiResponse {
  return { status, headers: { ETag: body.etag }, body };
}

function itemId(context: UserRouteContext): string {
  const parsed = idSchema.safeParse(context.params.id);
  // An id that cannot exist is answered like any other missing item.
  if (!parsed.success) throw new HttpError(404, 'not_found', 'Not found.');
  return parsed.data;
}

function idempotencyKey(context: UserRouteContext): string | undefined {
  const key = context.request.headers.get('idempotency-key');
  if (key === null) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new HttpError(400, 'invalid_request', 'Some fields are not valid.', {
      errors: [{ path: 'Idempotency-Key', message: 'Use 8 to 128 letters, digits, - or _.' }],
    });
  }
  return key;
}

/** The five routes of one personal kind: list (paged), create, read, replace, delete. */
export function personalItemRoutes<Input extends object, Output extends { etag: string }>(
  spec: PersonalKind<Input, Output>,
): UserRoute[] {
  const base = `/me/${spec.plural}`;
  const label = spec.kind;
  const partitionOf = (context: UserRouteContext) => personalPartition(context.caller);
  return [
    {
      method: 'GET',
      path: base,
      name: `list-${spec.plural}`,
      summary: `List my ${spec.plural}, newest first, a page at a time.`,
      auth: 'user',
      query: listQuerySchema,
      responseBody: pageOf(spec.outputSchema),
      async handle(context) {
        const query = validate(listQuerySchema, Object.fromEntries(context.request.query));
        const page = await context.services.personal.list(partitionOf(context), spec.kind, query.limit, query.cursor);
        return {
          status: 200,
          body: { items: page.items.map((record) => toItem(spec.outputSchema, record)), nextCursor: page.nextCursor },
        };
      },
    },
    {
      method: 'POST',
      path: base,
      name: `create-${label}`,
      summary: `Add a ${label}. Send an Idempotency-Key header to make retries safe.`,
      auth: 'user',
      requestBody: spec.inputSchema,
      responseBody: spec.outputSchema,
      successStatus: 201,
      async handle(context) {
        const input = parseBody(context.request, spec.inputSchema);
        await spec.check?.(context, input);
        const record = await context.services.personal.create(partitionOf(context), spec.kind, input, idempotencyKey(context));
        return itemResponse(201, toItem(spec.outputSchema, record));
      },
    },
    {
      method: 'GET',
      path: `${base}/{id}`,
      name: `get-${label}`,
      summary: `Read one ${label}.`,
      auth: 'user',
      responseBody: spec.outputSchema,
      async handle(context) {
        const record = await context.services.personal.get(partitionOf(context), spec.kind, itemId(context));
        return itemResponse(200, toItem(spec.outputSchema, record));
      },
    },
    {
      method: 'PUT',
      path: `${base}/{id}`,
      name: `replace-${label}`,
      summary: `Replace a ${label}. Requires If-Match; a stale version gets 412 with the current one.`,
      auth: 'user',
      requestBody: spec.inputSchema,
      responseBody: spec.outputSchema,
      async handle(context) {
        const id = itemId(context);
        const etag = requireIfMatch(context.request);
        const input = parseBody(context.request, spec.inputSchema);
        await spec.check?.(context, input);
        const partition = partitionOf(context);
        const current = await context.services.personal.get(partition, spec.kind, id);
        // The message an item was logged from is set by the server once and survives edits.
        const preserved = current.data.source === undefined ? {} : { source: current.data.source };
        const record = await withConflictAsItem(spec.outputSchema, () =>
          context.services.personal.update(partition, spec.kind, id, { ...input, ...preserved }, etag),
        );
        return itemResponse(200, toItem(spec.outputSchema, record));
      },
    },
    {
      method: 'DELETE',
      path: `${base}/{id}`,
      name: `delete-${label}`,
      summary: `Delete a ${label}. Requires If-Match.`,
      auth: 'user',
      successStatus: 204,
      async handle(context) {
        const id = itemId(context);
        const etag = requireIfMatch(context.request);
        await withConflictAsItem(spec.outputSchema, () => context.services.personal.delete(partitionOf(context), spec.kind, id, etag));
        return { status: 204 };
      },
    },
  ];
}
