import { chatIdSchema } from '../../domain/chat';
import { idSchema } from '../../domain/common';
import type { Person } from '../../domain/oneOnOne';
import { chatPartition } from '../../store/rosterStore';
import { forbidden, HttpError, invalidBody, notFound } from '../errors';
import type { UserRouteContext } from '../types';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/** A chat the caller has been checked against: its id and its partition in the shared table. */
export interface OpenChat {
  readonly chatId: string;
  readonly partition: string;
}

/** The `{chatId}` of the path, validated; the message never repeats what was sent. */
export function chatIdParam(context: UserRouteContext): string {
  const parsed = chatIdSchema.safeParse(context.params.chatId);
  if (!parsed.success) throw invalidBody([{ path: 'chatId', message: 'Not a chat id.' }]);
  return parsed.data;
}

/** 404 for a chat the app was never installed in (for this tenant), 403 for anyone not on its roster. */
export function requireMember(access: 'member' | 'not-member' | 'unknown-chat'): void {
  if (access === 'unknown-chat') throw notFound();
  if (access === 'not-member') throw forbidden();
}

/**
 * The chat id in the path is a claim: it is validated, then checked against the roster the
 * bot keeps. Every shared route calls this before reading its body or touching storage.
 */
export async function openChat(context: UserRouteContext): Promise<OpenChat> {
  const chatId = chatIdParam(context);
  const { tenantId, objectId } = context.caller;
  requireMember(await context.services.rosters.access(chatId, tenantId, objectId));
  return { chatId, partition: chatPartition(chatId) };
}

/** An item id from the path; one that cannot exist is answered like any other missing item. */
export function itemIdParam(context: UserRouteContext): string {
  const parsed = idSchema.safeParse(context.params.id);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** The Idempotency-Key header, validated. */
export function idempotencyKeyHeader(context: UserRouteContext, required: 'required'): string;
export function idempotencyKeyHeader(context: UserRouteContext): string | undefined;
export function idempotencyKeyHeader(context: UserRouteContext, required?: 'required'): string | undefined {
  const key = context.request.headers.get('idempotency-key');
  if (key === null && required === undefined) return undefined;
  if (key === null || !IDEMPOTENCY_KEY.test(key)) {
    throw new HttpError(400, 'invalid_request', 'Some fields are not valid.', {
      errors: [{ path: 'Idempotency-Key', message: 'Send a key of 8 to 128 letters, digits, - or _.' }],
    });
  }
  return key;
}

/** The caller as the shared space names them. Object ids are kept lower-case, as the roster keeps them. */
export function callerPerson(context: UserRouteContext): Person {
  return { objectId: context.caller.objectId.toLowerCase(), name: context.caller.name };
}
