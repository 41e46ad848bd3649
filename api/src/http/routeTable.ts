import { chatRoutes } from './routes/chats';
import { commitmentRoutes } from './routes/commitments';
import { goalRoutes } from './routes/goals';
import { healthRoute } from './routes/health';
import { messagesRoute } from './routes/messages';
import { openApiRoute } from './routes/openapi';
import { overviewRoute } from './routes/overview';
import { winRoutes } from './routes/wins';
import type { Route } from './types';

/** Every route of the API. Azure Functions and the local host both serve exactly this list. */
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
