import { goalInputSchema, goalSchema } from '../../domain/goals';
import { personalItemRoutes } from './personalItems';

/** Career goals: `/me/goals`. */
export const goalRoutes = personalItemRoutes({
  kind: 'goal',
  plural: 'goals',
  inputSchema: goalInputSchema,
  outputSchema: goalSchema,
});
