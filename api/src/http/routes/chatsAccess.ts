import { openChat as openCheckedChat, type OpenChat } from '../../app/chatAccess';
import { chatIdSchema } from '../../domain/chat';
import { idSchema } from '../../domain/common';
import { invalidBody, notFound } from '../errors';
import type { UserRouteContext } from '../types';

/** The `{chatId}` of the path, validated; the message never repeats what was sent. */
export function chatIdParam(context: UserRouteContext): string {
  const parsed = chatIdSchema.safeParse(context.params.chatId);
  if (!parsed.success) throw invalidBody([{ path: 'chatId', message: 'Not a chat id.' }]);
  return parsed.data;
}

/** The chat of the path, checked against its roster: every shared route calls this before reading its body. */
export function openChat(context: UserRouteContext): Promise<OpenChat> {
  return openCheckedChat(context.services, context.caller, chatIdParam(context));
}

/** An item id from the path; one that cannot exist is answered like any other missing item. */
export function itemIdParam(context: UserRouteContext): string {
  const parsed = idSchema.safeParse(context.params.id);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
