import { idempotencyKeySchema } from '../domain/idempotency';
import { toFieldErrors } from '../domain/problems';
import { invalidBody } from './errors';
import type { ApiRequest } from './types';

/** The `Idempotency-Key` header, validated with the contract's one format; `required` refuses a missing one the same way. */
export function idempotencyKeyHeader(request: ApiRequest, required: 'required'): string;
export function idempotencyKeyHeader(request: ApiRequest): string | undefined;
export function idempotencyKeyHeader(request: ApiRequest, required?: 'required'): string | undefined {
  const key = request.headers.get('idempotency-key');
  if (key === null && required === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(key ?? '');
  if (!parsed.success) throw invalidBody(toFieldErrors(parsed.error).map((error) => ({ ...error, path: 'Idempotency-Key' })));
  return parsed.data;
}
