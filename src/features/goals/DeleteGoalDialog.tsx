import { goalSchema, type Goal } from '@domain/goals';
import { DeleteItemDialog } from '../../shared/ui/DeleteItemDialog';

/** Asks before deleting a goal; its wins stay, they just stop pointing at it. Loaded on demand. */
export function DeleteGoalDialog(props: {
  goal: Goal;
  linkedWins: number;
  onDeleted: (goal: Goal) => void;
  onConflict: (current: Goal) => void;
  onClose: () => void;
}) {
  const { goal, linkedWins, ...handlers } = props;
  return (
    <DeleteItemDialog
      noun="goal"
      collection="/me/goals"
      item={goal}
      itemSchema={goalSchema}
      {...(linkedWins === 0 ? {} : { detail: `Its ${linkedWins === 1 ? 'linked win stays' : `${linkedWins} linked wins stay`} in your record.` })}
      {...handlers}
    />
  );
}
