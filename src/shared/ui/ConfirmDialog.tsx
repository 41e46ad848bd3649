import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Asks before something is destroyed. `open` is controlled by the caller; `children` adds notices below the message. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** What the way back says; Cancel unless given. */
  cancelLabel?: string;
  busy?: boolean;
  children?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={props.open} onOpenChange={(_event, data) => (data.open ? undefined : props.onCancel())} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            {props.message}
            {props.children}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onCancel}>
              {props.cancelLabel ?? 'Cancel'}
            </Button>
            {/* Focusable while busy: a disabled button drops focus to the page, where Esc no longer reaches the dialog. */}
            <Button appearance="primary" onClick={props.onConfirm} disabledFocusable={props.busy === true}>
              {props.confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
