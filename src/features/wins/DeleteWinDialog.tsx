import type { Win } from '@domain/wins';
import { ConfirmDeleteDialog } from '../../shared/ui/ConfirmDeleteDialog';

/** Asks before deleting a win. Loaded on demand. */
export function DeleteWinDialog(props: { win: Win; onDeleted: (win: Win) => void; onClose: () => void }) {
  const { win, ...handlers } = props;
  return <ConfirmDeleteDialog noun="win" item={win} {...(win.sharedInOneOnOne ? { detail: 'It is also removed from your 1:1.' } : {})} {...handlers} />;
}
