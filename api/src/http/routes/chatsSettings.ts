import { chatSettingsInputSchema, chatSettingsSchema } from '../../domain/oneOnOneRoles';
import { changeChatSettings } from '../../app/chatSettings';
import { undoClose } from '../../app/closeUndo';
import { agendaSchema } from '../../domain/oneOnOne';
import { parseBody, requireIfMatch } from '../body';
import { HttpError, notFound, preconditionRequired } from '../errors';
import type { UserRoute } from '../types';
import { itemIdParam, openChat } from './chatsAccess';

const settingsRoute: UserRoute = {
  method: 'PUT',
  path: '/chats/{chatId}/settings',
  name: 'change-chat-settings',
  summary:
    'Set who is the employee and who is the manager, and when the 1:1 happens (weekly, every other week or once, in the setter\'s time zone). Either member may change them. Only the fields sent change. The first change sends no If-Match; every later one sends the version from the space (a changed version gets 412 with the current settings).',
  auth: 'user',
  requestBody: chatSettingsInputSchema,
  responseBody: chatSettingsSchema,
  async handle(context) {
    const { chatId, partition } = await openChat(context);
    const input = parseBody(context.request, chatSettingsInputSchema);
    const ifMatch = context.request.headers.get('if-match') === null ? undefined : requireIfMatch(context.request);
    const members = await context.services.rosters.members(chatId);
    const result = await changeChatSettings(context.services, partition, members, input, ifMatch, new Date());
    switch (result.kind) {
      case 'changed':
        return { status: 200, body: result.settings };
      case 'conflict':
        throw new HttpError(412, 'version_conflict', 'The 1:1 settings were changed elsewhere. Here is the newer version.', { current: result.current });
      case 'if-match-required':
        throw preconditionRequired();
      case 'not-one-on-one':
        throw new HttpError(409, 'not_one_on_one', 'The 1:1 tab is for two people.', { detail: 'Roles can be set only in a chat of exactly two members.' });
      case 'not-members':
        throw new HttpError(400, 'invalid_request', 'Some fields are not valid.', { errors: [{ path: 'roles', message: 'Both people must be members of this chat.' }] });
    }
  },
};

const undoCloseRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/records/{id}/undo',
  name: 'undo-close-one-on-one',
  summary:
    'Undo the latest close within 10 minutes: the record is removed and its items go back on the agenda as they were, with their outcomes. Either member may undo. 409 when it is too late, not the latest close, or an item was changed since.',
  auth: 'user',
  responseBody: agendaSchema,
  async handle(context) {
    const { partition } = await openChat(context);
    const result = await undoClose(context.services, partition, itemIdParam(context), new Date());
    switch (result.kind) {
      case 'undone':
        return { status: 200, body: result.agenda };
      case 'not-found':
        throw notFound();
      case 'too-late':
        throw new HttpError(409, 'undo_expired', 'This close can no longer be undone.', { detail: 'A close can be undone for 10 minutes.' });
      case 'not-latest':
        throw new HttpError(409, 'undo_not_latest', 'Only the latest close can be undone.');
      case 'changed':
        throw new HttpError(409, 'undo_conflict', 'The agenda changed since this close, so it cannot be undone.', { detail: `“${result.title}” was changed after the close.` });
    }
  },
};

/** The chat's settings and undoing a close. */
export const settingsRoutes: UserRoute[] = [settingsRoute, undoCloseRoute];
