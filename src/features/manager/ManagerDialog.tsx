import { Field, Input } from '@fluentui/react-components';
import { managerInputSchema, managerSchema, type Manager } from '@domain/manager/managerProfile';
import type { SaveKind } from '../../shared/api/itemList';
import { useItemForm } from '../../shared/api/useItemForm';
import { DATE_INPUT_RANGE } from '../../shared/ui/dateInputRange';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';

interface ManagerDraft {
  readonly name: string;
  readonly since: string;
}

const FIELDS = ['name', 'since'] as const;

const toDraft = (manager: Manager | undefined): ManagerDraft => ({ name: manager?.name ?? '', since: manager?.since ?? '' });
const toInput = (draft: ManagerDraft) => ({ name: draft.name, ...(draft.since === '' ? {} : { since: draft.since }) });

/** Props of {@link ManagerDialog}. */
export interface ManagerDialogProps {
  /** The profile renamed; undefined to start a profile for a new manager. */
  readonly manager: Manager | undefined;
  readonly onSaved: (manager: Manager, kind: SaveKind) => void;
  readonly onConflict: (current: Manager) => void;
  readonly onClose: () => void;
}

/** Starts a profile for a new manager, or changes the name and start date of one. */
export function ManagerDialog({ manager, onSaved, onConflict, onClose }: ManagerDialogProps) {
  const dateInput = useDateInputStyles().input;
  const form = useItemForm({ collection: '/me/managers', item: manager, inputSchema: managerInputSchema, itemSchema: managerSchema, toDraft, toInput, fields: FIELDS, onSaved, onConflict });
  const { draft, setField, fieldErrors } = form;
  return (
    <ItemFormDialog
      title={manager === undefined ? 'A new manager' : 'Edit manager'}
      submitLabel={manager === undefined ? 'Start their profile' : 'Save'}
      busy={form.busy}
      dirty={form.dirty}
      onSubmit={form.submit}
      onClose={onClose}
      notices={<FormNotices noun="profile" conflict={form.conflict} formErrors={form.formErrors} onRestoreMine={form.restoreMine} />}
    >
      {manager === undefined ? <p>Your profiles of earlier managers stay as they are, readable from the list at the top of this page.</p> : null}
      <Field label="Their name" required {...fieldValidation(fieldErrors.name)}>
        <Input value={draft.name} onChange={(_event, data) => setField('name', data.value)} />
      </Field>
      <Field label="My manager since" hint="Optional." {...fieldValidation(fieldErrors.since)}>
        <Input type="date" input={{ className: dateInput }} {...DATE_INPUT_RANGE} value={draft.since} onChange={(_event, data) => setField('since', data.value)} />
      </Field>
    </ItemFormDialog>
  );
}
