import { commitmentSchema } from '../domain/commitments';
import { feedbackSchema } from '../domain/feedback';
import { goalSchema } from '../domain/goals';
import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { buildReviewPack, type ReviewPack, type ReviewPackRequest } from '../domain/reviewPack/reviewPack';
import { winSchema } from '../domain/wins';
import { useCase } from './errors';
import { toItem } from './personalItems';
import type { Services } from './services';

/**
 * The caller's review pack for a period, from one partition query over their own goals,
 * wins, commitments and feedback: nothing private to a manager (profiles, priorities) is read.
 */
export const makeReviewPack = useCase(async (services: Services, caller: Caller, request: ReviewPackRequest): Promise<ReviewPack> => {
  const kinds = await services.personal.listKinds(personalPartition(caller), [KIND.goal, KIND.win, KIND.commitment, KIND.feedback]);
  return buildReviewPack(
    {
      owner: caller.name,
      goals: (kinds.get(KIND.goal) ?? []).map((record) => toItem(goalSchema, record)),
      wins: (kinds.get(KIND.win) ?? []).map((record) => toItem(winSchema, record)),
      commitments: (kinds.get(KIND.commitment) ?? []).map((record) => toItem(commitmentSchema, record)),
      feedback: (kinds.get(KIND.feedback) ?? []).map((record) => toItem(feedbackSchema, record)),
    },
    request,
  );
});
