import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Props of {@link ItemFormDialog}. */
export interface ItemFormDialogProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly busy: boolean;
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
 * keyboard and screen-reader users land on what to fix.
 */
export function ItemFormDialog({ title, submitLabel, busy, notices, children, onSubmit, onClose }: ItemFormDialogProps) {
  const styles = useStyles();
  const form = useRef<HTMLFormElement>(null);
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
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
              <Button appearance="secondary" onClick={onClose}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                {busy ? 'Saving…' : submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
