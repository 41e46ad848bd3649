import { AppError, ConflictError, ConnectorUnavailableError, ForbiddenError, InvalidInputError, NotFoundError, StaleVersionError, UnavailableError } from '../app/errors';
import type { FieldError, Problem } from '../domain/problems';
import type { ApiResponse } from './types';

/** Seconds a client should wait before retrying when storage is down. */
export const RETRY_AFTER_SECONDS = 5;

/** An error of the HTTP layer itself (framing, headers, sign-in), with a stable code and its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly extra: { detail?: string; errors?: FieldError[]; current?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(title);
    this.name = 'HttpError';
  }
}

export const invalidBody = (errors: FieldError[]) =>
  new HttpError(400, 'invalid_request', 'Some fields are not valid.', { errors });
export const malformedJson = () =>
  new HttpError(400, 'malformed_json', 'The request body is not valid JSON.');
export const bodyTooLarge = (limit: number) =>
  new HttpError(413, 'body_too_large', 'The request body is too large.', { detail: `Send at most ${limit} bytes.` });
export const unauthorized = (detail: string) =>
  new HttpError(401, 'unauthorized', 'Sign-in is required.', { detail, headers: { 'WWW-Authenticate': 'Bearer' } });
export const notFound = () => new HttpError(404, 'not_found', 'Not found.');
export const preconditionRequired = () =>
  new HttpError(428, 'if_match_required', 'Send the version you edited in the If-Match header.');
/** `If-Match: *` means "whatever is there now", which would overwrite someone else's edit unseen. */
export const wildcardIfMatch = () =>
  new HttpError(428, 'if_match_required', 'Send the exact version you edited in If-Match; * is not accepted.');

/** The HTTP form of an application error: the one place where each maps to a status. */
function fromAppError(error: AppError): HttpError | undefined {
  if (error instanceof NotFoundError) return notFound();
  if (error instanceof ForbiddenError) return new HttpError(403, 'forbidden', 'You do not have access to this.');
  if (error instanceof InvalidInputError) return invalidBody([...error.errors]);
  // 412 with the item as it is now, so the client can show it instead of overwriting it.
  if (error instanceof StaleVersionError) {
    return error.current === undefined
      ? new HttpError(412, 'version_conflict', 'This item was changed elsewhere. Reload to see the newer version.')
      : new HttpError(412, 'version_conflict', 'This item was changed elsewhere. Here is the newer version.', { current: error.current });
  }
  if (error instanceof ConflictError) return new HttpError(409, error.code, error.title, error.detail === undefined ? {} : { detail: error.detail });
  if (error instanceof UnavailableError) {
    return new HttpError(503, 'storage_unavailable', 'Storage is unavailable. Try again shortly.', { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });
  }
  if (error instanceof ConnectorUnavailableError) {
    return new HttpError(503, 'teams_unavailable', 'Teams did not take the card. Try again in a moment.', { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } });
  }
  return undefined;
}

/** Maps any thrown value to one problem+json response. Never leaks internals. */
export function toProblemResponse(error: unknown, log: (message: string, error: unknown) => void): ApiResponse {
  const problem = (status: number, code: string, title: string, extra: HttpError['extra'] = {}): ApiResponse => {
    const body: Problem = {
      type: `https://upward.app/problems/${code}`,
      title,
      status,
      code,
      ...(extra.detail === undefined ? {} : { detail: extra.detail }),
      ...(extra.errors === undefined ? {} : { errors: extra.errors }),
      ...(extra.current === undefined ? {} : { current: extra.current }),
    };
    return { status, headers: { 'Content-Type': 'application/problem+json', ...extra.headers }, body };
  };
  const known = error instanceof AppError ? fromAppError(error) : error;
  if (known instanceof HttpError) return problem(known.status, known.code, known.title, known.extra);
  log('Unhandled error', error);
  return problem(500, 'internal_error', 'Something went wrong on our side.');
}
