import type { Services } from '../app/services';
import type { BotEndpoint } from '../bot/endpoint';
import { activityEnvelopeSchema, MAX_ACTIVITY_BYTES } from '../domain/botActivity';
import { toFieldErrors } from '../domain/problems';
import { bodyTooLarge, HttpError, malformedJson, unauthorized } from '../http/errors';
import type { PublicRoute } from '../http/types';

// The adapter between HTTP and the bot: it lives with the hosts, the one layer that sees both,
// so http/ and bot/ never import each other.

const decoder = new TextDecoder('utf-8', { fatal: true });
const endpoints = new WeakMap<Services, Promise<BotEndpoint>>();

/**
 * botbuilder takes most of a second to load; it is loaded on the first activity, not when
 * the API starts, so the tab's routes do not wait for it.
 */
function endpointFor(services: Services): Promise<BotEndpoint> {
  let endpoint = endpoints.get(services);
  if (endpoint === undefined) {
    endpoint = import('../bot/endpoint').then(({ createBotEndpoint }) => createBotEndpoint(services));
    endpoint.catch(() => endpoints.delete(services));
    endpoints.set(services, endpoint);
  }
  return endpoint;
}

function parseActivity(body: Uint8Array): Record<string, unknown> {
  if (body.byteLength > MAX_ACTIVITY_BYTES) throw bodyTooLarge(MAX_ACTIVITY_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(body));
  } catch {
    throw malformedJson();
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new HttpError(400, 'invalid_request', 'The request body is not an activity.');
  }
  const envelope = activityEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new HttpError(400, 'invalid_activity', 'The request body is not an activity this bot handles.', { errors: toFieldErrors(envelope.error) });
  }
  // The envelope passes unknown fields through unchanged, as botbuilder expects them.
  return envelope.data;
}

/**
 * `POST /api/messages`: the Bot Framework endpoint. botbuilder authenticates the activity
 * (its Bot Framework token in Azure), then the bot answers invokes in the response body.
 */
export const messagesRoute: PublicRoute = {
  method: 'POST',
  path: '/messages',
  name: 'bot-messages',
  summary: 'Bot Framework endpoint for Teams: the "Log in Upward" message action and chat roster updates.',
  auth: 'none',
  requestBody: activityEnvelopeSchema,
  async handle(context) {
    const activity = parseActivity(context.request.body);
    const endpoint = await endpointFor(context.services);
    const reply = await endpoint(activity, context.request.headers.get('authorization') ?? '');
    if (reply.status === 401) throw unauthorized('Send a valid Bot Framework token.');
    // botbuilder answers an invoke no handler took with 501; the envelope check refuses those
    // first, and this keeps any it misses a client error rather than a server fault.
    if (reply.status === 501) throw new HttpError(400, 'invalid_activity', 'This app does not handle this invoke.');
    // botbuilder puts the raw error message in its 5xx bodies; the problem response says less.
    if (reply.status >= 500) throw new HttpError(500, 'internal_error', 'Something went wrong on our side.');
    if (reply.status >= 400) throw new HttpError(reply.status, 'invalid_activity', 'The activity was not accepted.');
    return { status: reply.status, ...(reply.body === undefined ? {} : { body: reply.body }) };
  },
};
