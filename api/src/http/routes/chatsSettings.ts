import { changeChatSettings } from '../../app/chatSettings';
import { chatSettingsInputSchema, chatSettingsSchema } from '../../domain/oneOnOneRoles';
import { parseBody, requireIfMatch } from '../body';
import { preconditionRequired } from '../errors';
import type { UserRoute } from '../types';
import { openChat } from './chatsAccess';

const settingsRoute: UserRoute = {
  method: 'PUT',
  path: '/chats/{chatId}/settings',
  name: 'change-chat-settings',
  summary:
    'Set who is the employee and who is the manager, and when the 1:1 happens (weekly, every other week or once, in the setter\'s time zone). Either member may change them. Only the fields sent change. The first change sends no If-Match; every later one sends the version from the space (a changed version gets 412 with the current settings). Roles only in a chat of two (409 otherwise).',
  auth: 'user',
  requestBody: chatSettingsInputSchema,
  responseBody: chatSettingsSchema,
  async handle(context) {
    const chat = await openChat(context);
    const input = parseBody(context.request, chatSettingsInputSchema);
    const ifMatch = context.request.headers.get('if-match') === null ? undefined : requireIfMatch(context.request);
    const result = await changeChatSettings(context.services, context.caller, chat, input, ifMatch, new Date());
    if (result.kind === 'if-match-required') throw preconditionRequired();
    return { status: 200, body: result.settings };
  },
};

/** The chat's settings: roles and cadence. */
export const settingsRoutes: UserRoute[] = [settingsRoute];
