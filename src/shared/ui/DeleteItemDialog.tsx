import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { z } from 'zod';
import { useApi } from '../api/ApiContext';
import { ApiError, failureMessage } from '../api/client';
import type { StoredItem } from '../api/useItemForm';
import { ConfirmDialog } from './ConfirmDialog';

const useStyles = makeStyles({
  notice: { marginTop: tokens.spacingVerticalM },
});

/** Props of {@link DeleteItemDialog}. */
export interface DeleteItemDialogProps<Item extends StoredItem & { readonly title: string }> {
  /** What the item is called in sentences: `goal`, `win`. */
  readonly noun: string;
  /** The API collection, e.g. `/me/goals`. */
  readonly collection: string;
  readonly item: Item;
  /** The contract's item schema, to read the newer version a conflict carries. */
  readonly itemSchema: z.ZodType<Item>;
  /** A sentence on what else deleting touches, if anything. */
  readonly detail?: string;
  readonly onDeleted: (item: Item) => void;
  readonly onConflict: (current: Item) => void;
  readonly onClose: () => void;
}

/**
 * Asks before deleting, then deletes with If-Match. If the item changed in another window
 * meanwhile, nothing is deleted: the newer version is shown (here and in the list) and the
 * user decides again. An item already gone counts as deleted.
 */
export function DeleteItemDialog<Item extends StoredItem & { readonly title: string }>(props: DeleteItemDialogProps<Item>) {
  const { noun, collection, itemSchema, detail, onDeleted, onConflict, onClose } = props;
  const styles = useStyles();
  const api = useApi();
  const [item, setItem] = useState(props.item);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: 'warning' | 'error'; text: string }>();

  const confirm = async () => {
    setBusy(true);
    try {
      await api.send('DELETE', `${collection}/${encodeURIComponent(item.id)}`, undefined, { etag: item.etag });
      onDeleted(item);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.status === 404) {
        onDeleted(item);
        return;
      }
      const current = error instanceof ApiError && error.status === 412 ? itemSchema.safeParse(error.problem?.current) : undefined;
      if (current?.success === true) {
        setItem(current.data);
        onConflict(current.data);
        setNotice({
          intent: 'warning',
          text: `This ${noun} was changed in another window. We’ve loaded the newer version — check it, then delete again or cancel.`,
        });
      } else {
        setNotice({ intent: 'error', text: failureMessage(error) });
      }
    }
  };

  return (
    <ConfirmDialog
      open
      title={`Delete this ${noun}?`}
      message={`“${item.title}” will be deleted for good.${detail === undefined ? '' : ` ${detail}`}`}
      confirmLabel="Delete"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {notice === undefined ? null : (
        <MessageBar intent={notice.intent} role="alert" layout="multiline" className={styles.notice}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </ConfirmDialog>
  );
}
