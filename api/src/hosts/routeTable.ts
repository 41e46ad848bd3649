import { chatRoutes } from '../http/routes/chats';
import { commitmentRoutes } from '../http/routes/commitments';
import { goalRoutes } from '../http/routes/goals';
import { healthRoute } from '../http/routes/health';
import { openApiRoute } from '../http/routes/openapi';
import { overviewRoute } from '../http/routes/overview';
import { winRoutes } from '../http/routes/wins';
import type { Route } from '../http/types';
import { messagesRoute } from './botRoute';

/**
 * Every route of the API. Azure Functions and the local host both serve exactly this list;
 * it is put together here, the one layer that sees both the HTTP routes and the bot's.
 */
export const routes: readonly Route[] = [
  healthRoute,
  openApiRoute(() => routes),
  overviewRoute,
  ...goalRoutes,
  ...winRoutes,
  ...commitmentRoutes,
  messagesRoute,
  ...chatRoutes,
];
