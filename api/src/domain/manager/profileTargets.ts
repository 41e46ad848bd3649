import type { QuestionId } from '../questionBank';
import { PROFILE_FIELDS, type ProfileFieldId } from './profileFields';

/** Where an answer goes in the profile: one of the "How they work" fields, or a new priority. */
export type ProfileTarget = ProfileFieldId | 'priority';

const PRIORITY_QUESTIONS: readonly QuestionId[] = ['top-priorities', 'priority-order', 'team-priorities-change', 'priority-tradeoff', 'success-my-part'];

/** Bank questions that are not a field's own confirming question but answer one. */
const MORE_ANSWERS: Partial<Record<QuestionId, ProfileFieldId>> = {
  'success-looks-like': 'success',
  'biggest-worry': 'pressures',
  'take-off-plate': 'pressures',
  'timing-interrupt': 'openTimes',
  'update-bad-news': 'feedback',
  'goals-connect': 'followUp',
};

/**
 * The profile field a 1:1 answer to this bank question belongs in, or undefined when the
 * question is not about how the manager works (the employee can still pick a field).
 */
export function profileTargetOf(questionId: QuestionId): ProfileTarget | undefined {
  if (PRIORITY_QUESTIONS.includes(questionId)) return 'priority';
  return PROFILE_FIELDS.find((field) => field.questionId === questionId)?.id ?? MORE_ANSWERS[questionId];
}
