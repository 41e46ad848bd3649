import { chatRoutes } from '../http/routes/chats';
import { commitmentRoutes } from '../http/routes/commitments';
import { goalRoutes } from '../http/routes/goals';
import { healthRoute } from '../http/routes/health';
import { managerRoutes } from '../http/routes/manager';
import { myDataRoutes } from '../http/routes/myData';
import { nudgeSettingsRoutes } from '../http/routes/nudgeSettings';
import { openApiRoute } from '../http/routes/openapi';
import { overviewRoute } from '../http/routes/overview';
import { reviewPackRoutes } from '../http/routes/reviewPack';
import { progressUpdateRoutes } from '../http/routes/progressUpdates';
import { winRoutes } from '../http/routes/wins';
import { feedbackRoutes } from '../http/routes/feedback';
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
  ...managerRoutes,
  ...nudgeSettingsRoutes,
  ...myDataRoutes,
  ...reviewPackRoutes,
  ...progressUpdateRoutes,
  messagesRoute,
  ...chatRoutes,
  ...feedbackRoutes,
];
