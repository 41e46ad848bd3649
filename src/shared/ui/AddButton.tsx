import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';

/** Props of {@link AddButton}. */
export interface AddButtonProps {
  /** "Add goal", "Add talking point". */
  readonly label: string;
  /** Gets the button pressed, so focus can return to it when the dialog closes. */
  readonly onAdd: (opener: HTMLElement) => void;
  /** Fetches the dialog's code before the click. */
  readonly onPrepare?: () => void;
  readonly disabled?: boolean;
}

/** A section's main action: the primary "Add …" button beside its heading. */
export function AddButton({ label, onAdd, onPrepare, disabled = false }: AddButtonProps) {
  return (
    <Button appearance="primary" icon={<AddRegular />} disabled={disabled} onPointerEnter={onPrepare} onFocus={onPrepare} onClick={(event) => onAdd(event.currentTarget)}>
      {label}
    </Button>
  );
}
