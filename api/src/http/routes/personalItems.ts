import type { z } from 'zod';
import type { PersonalItemUseCases } from '../../app/personalItems';
import { idSchema, listQueryOf, pageOf } from '../../domain/common';
import { parseBody, requireIfMatch, validate } from '../body';
import { notFound } from '../errors';
import { idempotencyKeyHeader } from '../idempotency';
import type { ApiResponse, UserRoute, UserRouteContext } from '../types';

const listQuerySchema = listQueryOf(50, 200);

/** How one personal kind is exposed over HTTP: its names, its contract and its use cases. */
export interface PersonalRoutesSpec<Input extends object, Output extends { etag: string }> {
  /** Singular name, e.g. `goal`. */
  readonly label: string;
  /** URL segment, e.g. `goals`. */
  readonly plural: string;
  readonly inputSchema: z.ZodType<Input>;
  readonly outputSchema: z.ZodType<Output>;
  readonly useCases: PersonalItemUseCases<Input, Output>;
}

function itemResponse(status: number, body: { etag: string }): ApiResponse {
  return { status, headers: { ETag: body.etag }, body };
}

function itemId(context: UserRouteContext): string {
  const parsed = idSchema.safeParse(context.params.id);
  // An id that cannot exist is answered like any other missing item.
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** The five routes of one personal kind: list (paged), create, read, replace, delete. */
export function personalItemRoutes<Input extends object, Output extends { etag: string }>(spec: PersonalRoutesSpec<Input, Output>): UserRoute[] {
  const base = `/me/${spec.plural}`;
  const { label, useCases } = spec;
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
        return { status: 200, body: await useCases.list(context.services, context.caller, query) };
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
        const key = idempotencyKeyHeader(context.request);
        return itemResponse(201, await useCases.create(context.services, context.caller, input, key));
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
        return itemResponse(200, await useCases.get(context.services, context.caller, itemId(context)));
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
        return itemResponse(200, await useCases.replace(context.services, context.caller, id, input, etag));
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
        await useCases.remove(context.services, context.caller, id, etag);
        return { status: 204 };
      },
    },
  ];
}
