import { commitmentSchema } from '../domain/commitments';
import { summariseCommitments } from '../domain/commitmentRules';
import { goalSchema } from '../domain/goals';
import { personalPartition, type Caller } from '../domain/identity';
import type { Overview } from '../domain/overview';
import { compareWinsNewestFirst } from '../domain/winList';
import { winSchema } from '../domain/wins';
import { useCase } from './errors';
import { KIND } from '../domain/kinds';
import { managerSchema, prioritySchema } from '../domain/manager/managerProfile';
import { toGoalHelp } from './goalHelp';
import { toManagerAction } from './oneOnOneActions';
import { toItem } from './personalItems';
import type { Services } from './services';

/** The personal tab's whole first screen in one partition query. */
export const loadOverview = useCase(async (services: Services, caller: Caller): Promise<Overview> => {
  const kinds = await services.personal.listKinds(personalPartition(caller), [KIND.goal, KIND.win, KIND.commitment, KIND.goalHelp, KIND.managerAction, KIND.manager, KIND.priority]);
  return {
    goals: (kinds.get(KIND.goal) ?? []).map((record) => toItem(goalSchema, record)),
    wins: (kinds.get(KIND.win) ?? []).map((record) => toItem(winSchema, record)).sort(compareWinsNewestFirst),
    commitments: (kinds.get(KIND.commitment) ?? []).map((record) => toItem(commitmentSchema, record)),
    goalHelp: (kinds.get(KIND.goalHelp) ?? []).map(toGoalHelp),
    askedOfManager: (kinds.get(KIND.managerAction) ?? []).map(toManagerAction),
    managers: (kinds.get(KIND.manager) ?? []).map((record) => toItem(managerSchema, record)),
    priorities: (kinds.get(KIND.priority) ?? []).map((record) => toItem(prioritySchema, record)),
  };
});

/** Follow-through and counts of the caller's commitments as of `today` (the caller's calendar date). */
export const commitmentSummary = useCase(async (services: Services, caller: Caller, today: string) => {
  const kinds = await services.personal.listKinds(personalPartition(caller), [KIND.commitment]);
  const commitments = (kinds.get(KIND.commitment) ?? []).map((record) => toItem(commitmentSchema, record));
  return summariseCommitments(commitments, today);
});

/** The caller's active goals, which a win may advance. */
export const activeGoals = useCase(async (services: Services, caller: Caller): Promise<{ id: string; title: string }[]> => {
  const kinds = await services.personal.listKinds(personalPartition(caller), [KIND.goal]);
  return (kinds.get(KIND.goal) ?? [])
    .map((record) => toItem(goalSchema, record))
    .filter((goal) => goal.status === 'active')
    .map((goal) => ({ id: goal.id, title: goal.title }));
});

