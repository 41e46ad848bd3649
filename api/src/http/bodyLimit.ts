import { MAX_ACTIVITY_BYTES } from '../domain/botActivity';
import { MAX_BODY_BYTES } from '../domain/common';

/**
 * How many body bytes a host reads for a path below `/api` before it stops (and the route
 * answers 413). The bot endpoint takes whole Teams activities; every other route gets the
 * API's own cap. Both hosts ask here, so they cannot disagree.
 */
export function bodyLimitFor(apiPath: string): number {
  return apiPath === '/messages' ? MAX_ACTIVITY_BYTES : MAX_BODY_BYTES;
}
