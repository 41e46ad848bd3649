import { commitmentSchema } from '../../domain/commitments';
import { goalSchema } from '../../domain/goals';
import { personalPartition } from '../../domain/identity';
import { overviewSchema, type Overview } from '../../domain/overview';
import { compareWinsNewestFirst } from '../../domain/winList';
import { winSchema } from '../../domain/wins';
import type { UserRoute } from '../types';
import { toItem } from './personalItems';
import { toGoalHelp } from '../../app/goalHelp';
import { toManagerAction } from '../../app/oneOnOneActions';
import { PERSONAL_KINDS } from '../../app/personalKinds';

/** The personal tab's whole first screen in one partition query. */
export const overviewRoute: UserRoute = {
  method: 'GET',
  path: '/me/overview',
  name: 'get-overview',
  summary: 'My goals, wins and commitments, in one call (the personal tab computes the follow-through figure from them with the same rules as /me/commitments/summary).',
  auth: 'user',
  responseBody: overviewSchema,
  async handle(context) {
    const kinds = await context.services.personal.listAll(personalPartition(context.caller), ['goal', 'win', 'commitment', PERSONAL_KINDS.goalHelp, PERSONAL_KINDS.managerAction]);
    const body: Overview = {
      goals: (kinds.get('goal') ?? []).map((record) => toItem(goalSchema, record)),
      wins: (kinds.get('win') ?? []).map((record) => toItem(winSchema, record)).sort(compareWinsNewestFirst),
      commitments: (kinds.get('commitment') ?? []).map((record) => toItem(commitmentSchema, record)),
      goalHelp: (kinds.get(PERSONAL_KINDS.goalHelp) ?? []).map(toGoalHelp),
      askedOfManager: (kinds.get(PERSONAL_KINDS.managerAction) ?? []).map(toManagerAction),
    };
    return { status: 200, body };
  },
};
