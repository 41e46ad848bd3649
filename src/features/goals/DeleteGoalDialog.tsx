import type { Goal } from '@domain/goals';
import { ConfirmDeleteDialog } from '../../shared/ui/ConfirmDeleteDialog';

/** Asks before deleting a goal; its wins stay, they just stop pointing at it. Loaded on demand. */
export function DeleteGoalDialog(props: { goal: Goal; linkedWins: number; onDeleted: (goal: Goal) => void; onClose: () => void }) {
  const { goal, linkedWins, ...handlers } = props;
  return (
    <ConfirmDeleteDialog
      noun="goal"
      item={goal}
      {...(linkedWins === 0 ? {} : { detail: `Its ${linkedWins === 1 ? 'linked win stays' : `${linkedWins} linked wins stay`} in your record.` })}
      {...handlers}
    />
  );
}
