import { commitmentInputSchema, commitmentSchema } from '../../domain/commitments';
import { summariseCommitments } from '../../domain/commitmentRules';
import { commitmentSummaryQuerySchema, commitmentSummarySchema } from '../../domain/commitmentSummary';
import { personalPartition } from '../../domain/identity';
import { validate } from '../body';
import type { UserRoute } from '../types';
import { personalItemRoutes, toItem } from './personalItems';

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
    const today = query.today ?? new Date().toISOString().slice(0, 10);
    const kinds = await context.services.personal.listKinds(personalPartition(context.caller), ['commitment']);
    const commitments = (kinds.get('commitment') ?? []).map((record) => toItem(commitmentSchema, record));
    return { status: 200, body: summariseCommitments(commitments, today) };
  },
};

/**
 * Commitments: `/me/commitments`. Mark done = replace with `status: 'done'` and `doneOn`;
 * drop = replace with `status: 'dropped'`. The summary route comes first: the router takes
 * the first route whose pattern matches, and `/me/commitments/{id}` matches `summary` too.
 */
export const commitmentRoutes: UserRoute[] = [
  commitmentSummaryRoute,
  ...personalItemRoutes({
    kind: 'commitment',
    plural: 'commitments',
    inputSchema: commitmentInputSchema,
    outputSchema: commitmentSchema,
  }),
];
