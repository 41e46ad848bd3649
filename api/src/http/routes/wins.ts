import { wins } from '../../app/personalKinds';
import { winInputSchema, winSchema } from '../../domain/wins';
import { personalItemRoutes } from './personalItems';

/** Wins: `/me/wins`. A win may name one of my goals, and only one that exists (the rule lives in app/ownItems.ts). */
export const winRoutes = personalItemRoutes({ label: 'win', plural: 'wins', inputSchema: winInputSchema, outputSchema: winSchema, useCases: wins });
