import { personalPartition } from '../../domain/identity';
import { winInputSchema, winSchema } from '../../domain/wins';
import { ItemNotFoundError } from '../../store/errors';
import { invalidBody } from '../errors';
import { personalItemRoutes } from './personalItems';

/** Wins: `/me/wins`. A win may name one of my goals, and only one that exists. */
export const winRoutes = personalItemRoutes({
  kind: 'win',
  plural: 'wins',
  inputSchema: winInputSchema,
  outputSchema: winSchema,
  async check(context, input) {
    if (input.goalId === undefined) return;
    try {
      await context.services.personal.get(personalPartition(context.caller), 'goal', input.goalId);
    } catch (error) {
      if (error instanceof ItemNotFoundError) throw invalidBody([{ path: 'goalId', message: 'No such goal.' }]);
      throw error;
    }
  },
});
