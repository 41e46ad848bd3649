import { utcDateOf } from '../../domain/calendarDates';
import { commitmentSummary } from '../../app/overview';
import { commitments } from '../../app/personalKinds';
import { commitmentInputSchema, commitmentSchema } from '../../domain/commitments';
import { commitmentSummaryQuerySchema, commitmentSummarySchema } from '../../domain/commitmentSummary';
import { validate } from '../body';
import type { UserRoute } from '../types';
import { personalItemRoutes } from './personalItems';

/**
 * `GET /me/commitments/summary`. Only the tab knows the caller's calendar date, so it may send
 * `?today=YYYY-MM-DD`; without it the server's UTC date is used.
 */
export const commitmentSummaryRoute: UserRoute = {
  method: 'GET',
  path: '/me/commitments/summary',
  name: 'get-commitment-summary',
  summary: 'My follow-through over the last 90 days and how many commitments are open, due soon, overdue and done.',
  auth: 'user',
  query: commitmentSummaryQuerySchema,
  responseBody: commitmentSummarySchema,
  async handle(context) {
    const query = validate(commitmentSummaryQuerySchema, Object.fromEntries(context.request.query));
    const today = query.today ?? utcDateOf();
    return { status: 200, body: await commitmentSummary(context.services, context.caller, today) };
  },
};

/**
 * Commitments: `/me/commitments`. Mark done = replace with `status: 'done'` and `doneOn`;
 * drop = replace with `status: 'dropped'`. The router matches `summary` before `{id}` by
 * specificity, wherever each is listed.
 */
export const commitmentRoutes: UserRoute[] = [
  commitmentSummaryRoute,
  ...personalItemRoutes({ label: 'commitment', plural: 'commitments', inputSchema: commitmentInputSchema, outputSchema: commitmentSchema, useCases: commitments }),
];
