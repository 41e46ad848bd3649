import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Props of {@link ItemFormDialog}. */
export interface ItemFormDialogProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  /** The form holds edits not saved yet: closing it asks first. */
  readonly dirty: boolean;
  /** Messages above the fields: conflicts, errors that belong to no field. */
  readonly notices?: ReactNode;
  readonly children: ReactNode;
  /** Resolves true when saved (the caller then closes the dialog). */
  readonly onSubmit: () => Promise<boolean>;
  readonly onClose: () => void;
}

/**
 * A modal form for adding or editing one item: title, fields, Cancel and Save. Mounted
 * only while open. When a save fails on a field, focus moves to the first invalid one so
 * keyboard and screen-reader users land on what to fix; otherwise it stays on Save, which
 * stays focusable while saving, so focus never falls to the page and Esc keeps working.
 * Closing a form with unsaved edits (Esc, Cancel, a click outside) asks before discarding them.
 */
export function ItemFormDialog({ title, submitLabel, busy, dirty, notices, children, onSubmit, onClose }: ItemFormDialogProps) {
  const styles = useStyles();
  const form = useRef<HTMLFormElement>(null);
  const [confirming, setConfirming] = useState(false);
  const requestClose = () => (dirty ? setConfirming(true) : onClose());
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : requestClose())}>
      <DialogSurface>
        <form
          ref={form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onSubmit().then((saved) => {
              if (!saved) requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
            });
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {notices}
              {children}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={requestClose}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabledFocusable={busy}>
                {busy ? 'Saving…' : submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
        <ConfirmDialog
          open={confirming}
          title="Discard your changes?"
          message="What you typed here has not been saved and will be lost."
          confirmLabel="Discard"
          cancelLabel="Keep editing"
          onConfirm={onClose}
          onCancel={() => setConfirming(false)}
        />
      </DialogSurface>
    </Dialog>
  );
}
