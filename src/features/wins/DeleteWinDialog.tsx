import { winSchema, type Win } from '@domain/wins';
import { DeleteItemDialog } from '../../shared/ui/DeleteItemDialog';

/** Asks before deleting a win. Loaded on demand. */
export function DeleteWinDialog(props: { win: Win; onDeleted: (win: Win) => void; onConflict: (current: Win) => void; onClose: () => void }) {
  const { win, ...handlers } = props;
  return (
    <DeleteItemDialog
      noun="win"
      collection="/me/wins"
      item={win}
      itemSchema={winSchema}
      {...(win.sharedInOneOnOne ? { detail: 'It is also removed from your 1:1.' } : {})}
      {...handlers}
    />
  );
}
