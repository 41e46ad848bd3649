import { goals } from '../../app/personalKinds';
import { goalInputSchema, goalSchema } from '../../domain/goals';
import { personalItemRoutes } from './personalItems';

/** Career goals: `/me/goals`. */
export const goalRoutes = personalItemRoutes({ label: 'goal', plural: 'goals', inputSchema: goalInputSchema, outputSchema: goalSchema, useCases: goals });
