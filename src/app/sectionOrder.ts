import { summariseCommitments } from '@domain/commitmentRules';
import type { Commitment } from '@domain/commitments';

/** The personal tab's sections, in the order they are shown and read. */
export type PersonalSection = 'goals' | 'wins' | 'commitments';

/** Goals, wins, then commitments: the order while nothing is loaded and nothing is due. */
export const USUAL_ORDER: readonly PersonalSection[] = ['goals', 'wins', 'commitments'];

/**
 * Goals, wins, then commitments; but when a commitment is overdue or due soon, the commitments
 * come first, so what is due is the first thing seen on a phone's single column and the
 * first thing a screen reader or the keyboard reaches.
 */
export function personalSectionOrder(commitments: readonly Pick<Commitment, 'status' | 'dueDate' | 'doneOn'>[], today: string): readonly PersonalSection[] {
  const { counts } = summariseCommitments(commitments, today);
  return counts.overdue + counts.dueSoon > 0 ? ['commitments', 'goals', 'wins'] : USUAL_ORDER;
}
