import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { Manager } from '@domain/manager/managerProfile';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';

/** Props of {@link DeleteProfileDialog}. */
export interface DeleteProfileDialogProps {
  readonly profile: Manager;
  readonly entries: number;
  readonly onDeleted: (profile: Manager) => void;
  /** The profile changed elsewhere: load the page again. */
  readonly onStale: () => void;
  readonly onClose: () => void;
}

/** Asks before deleting a whole profile and every entry in it, then deletes it with If-Match. */
export function DeleteProfileDialog({ profile, entries, onDeleted, onStale, onClose }: DeleteProfileDialogProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const confirm = async () => {
    setBusy(true);
    try {
      await api.send('DELETE', `/me/managers/${encodeURIComponent(profile.id)}`, undefined, { etag: profile.etag });
      onDeleted(profile);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.status === 404) onDeleted(profile);
      else if (error instanceof ApiError && error.status === 412) {
        onStale();
        setProblem('This profile was changed in another window, so nothing was deleted. Check it, then delete it again if you still want to.');
      } else setProblem(`Nothing was deleted: ${failureMessage(error)}`);
    }
  };
  return (
    <ConfirmDialog
      open
      title={`Delete your profile of ${profile.name}?`}
      message={`This deletes the profile and its ${entries} ${entries === 1 ? 'entry' : 'entries'} (priorities and what you know about how they work), and takes their priorities off your goals, commitments and wins. It cannot be undone.`}
      confirmLabel="Delete profile"
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {problem === undefined ? null : (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </ConfirmDialog>
  );
}
