import { loadOverview } from '../../app/overview';
import { overviewSchema } from '../../domain/overview';
import type { UserRoute } from '../types';

/** The personal tab's whole first screen in one partition query. */
export const overviewRoute: UserRoute = {
  method: 'GET',
  path: '/me/overview',
  name: 'get-overview',
  summary: 'My goals, wins and commitments, in one call (the personal tab computes the follow-through figure from them with the same rules as /me/commitments/summary).',
  auth: 'user',
  responseBody: overviewSchema,
  async handle(context) {
    return { status: 200, body: await loadOverview(context.services, context.caller) };
  },
};
