import type { z } from 'zod';
import { MAX_BODY_BYTES } from '../domain/common';
import { toFieldErrors } from '../domain/problems';
import { bodyTooLarge, invalidBody, malformedJson, preconditionRequired, wildcardIfMatch } from './errors';
import type { ApiRequest } from './types';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses and validates a JSON body against a contract schema: 413, 400 or the typed value. */
export function parseBody<S extends z.ZodType>(request: ApiRequest, schema: S): z.output<S> {
  if (request.body.byteLength > MAX_BODY_BYTES) throw bodyTooLarge(MAX_BODY_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(request.body));
  } catch {
    throw malformedJson();
  }
  return validate(schema, json);
}

/** Validates any input (body, query) against a schema; 400 with field errors on failure. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidBody(toFieldErrors(result.error));
  return result.data;
}

/**
 * The If-Match header, required for every change to an existing item, personal or shared:
 * the exact version the caller edited. `*` is refused, so nothing is overwritten blindly.
 */
export function requireIfMatch(request: ApiRequest): string {
  const etag = request.headers.get('if-match')?.trim();
  if (etag === undefined || etag === '') throw preconditionRequired();
  if (etag === '*') throw wildcardIfMatch();
  return etag;
}
