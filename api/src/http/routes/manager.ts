import { insights, loadManagerView, managers, priorities } from '../../app/managerProfile';
import { saveAgendaAnswer } from '../../app/profileCapture';
import { insightInputSchema, insightSchema, managerInputSchema, managerSchema, priorityInputSchema, prioritySchema } from '../../domain/manager/managerProfile';
import { managerViewSchema } from '../../domain/manager/managerView';
import { agendaAnswerInputSchema, savedToProfileSchema } from '../../domain/manager/profileCapture';
import { parseBody } from '../body';
import { idempotencyKeyHeader } from '../idempotency';
import type { UserRoute } from '../types';
import { itemIdParam, openChat } from './chatsAccess';
import { personalItemRoutes } from './personalItems';

/** `GET /me/manager`: the "My manager" page in one partition query. */
const managerViewRoute: UserRoute = {
  method: 'GET',
  path: '/me/manager',
  name: 'get-manager-view',
  summary: 'My profiles of my managers (newest first is current), what I know about how they work, their priorities, and which of my goals, commitments and wins support each. Private to me.',
  auth: 'user',
  responseBody: managerViewSchema,
  async handle(context) {
    return { status: 200, body: await loadManagerView(context.services, context.caller) };
  },
};

/** `POST /chats/{chatId}/agenda/{id}/save-to-profile`: the employee keeps what was said about a bank question in their own profile of the manager. */
const saveAgendaAnswerRoute: UserRoute = {
  method: 'POST',
  path: '/chats/{chatId}/agenda/{id}/save-to-profile',
  name: 'save-agenda-answer-to-profile',
  summary:
    'The employee saves what was said about a question from their bank into a field of their private manager profile (or as a new priority); the manager gets 403. Starts a profile named after the manager if there is none. Send an Idempotency-Key to make retries safe.',
  auth: 'user',
  requestBody: agendaAnswerInputSchema,
  responseBody: savedToProfileSchema,
  successStatus: 201,
  async handle(context) {
    const chat = await openChat(context);
    const id = itemIdParam(context);
    const input = parseBody(context.request, agendaAnswerInputSchema);
    const key = idempotencyKeyHeader(context.request);
    return { status: 201, body: await saveAgendaAnswer(context.services, context.caller, chat, id, input, key) };
  },
};

/** Profiles (`/me/managers`), their entries (`/me/insights`) and priorities (`/me/priorities`), the view, and the 1:1 capture. */
export const managerRoutes: UserRoute[] = [
  managerViewRoute,
  saveAgendaAnswerRoute,
  ...personalItemRoutes({ label: 'manager', plural: 'managers', inputSchema: managerInputSchema, outputSchema: managerSchema, useCases: managers }),
  ...personalItemRoutes({ label: 'insight', plural: 'insights', inputSchema: insightInputSchema, outputSchema: insightSchema, useCases: insights }),
  ...personalItemRoutes({ label: 'priority', plural: 'priorities', inputSchema: priorityInputSchema, outputSchema: prioritySchema, useCases: priorities }),
];
