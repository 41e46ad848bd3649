import { ConfirmDialog } from './ConfirmDialog';

/** Props of {@link ConfirmDeleteDialog}. */
export interface ConfirmDeleteDialogProps<Item extends { readonly title: string }> {
  /** What the item is called in sentences: `goal`, `win`. */
  readonly noun: string;
  readonly item: Item;
  /** A sentence on what else deleting touches, if anything. */
  readonly detail?: string;
  /** Deletes it, with Undo (see useUndoableDelete). */
  readonly onDeleted: (item: Item) => void;
  readonly onClose: () => void;
}

/** Asks before deleting one of my own items; the delete itself waits out the Undo window. */
export function ConfirmDeleteDialog<Item extends { readonly title: string }>({ noun, item, detail, onDeleted, onClose }: ConfirmDeleteDialogProps<Item>) {
  return (
    <ConfirmDialog
      open
      title={`Delete this ${noun}?`}
      message={`“${item.title}” will be deleted. You can undo it for a few seconds.${detail === undefined ? '' : ` ${detail}`}`}
      confirmLabel="Delete"
      onConfirm={() => onDeleted(item)}
      onCancel={onClose}
    />
  );
}
