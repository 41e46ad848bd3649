import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ConflictState } from '../api/useItemForm';

/**
 * What a form says above its fields: a conflict (the newer version is loaded, with a way
 * back to the user's own changes) and errors that belong to no single field.
 */
export function FormNotices<Draft>({
  noun,
  changedBy = 'in another window',
  conflict,
  formErrors,
  onRestoreMine,
}: {
  noun: string;
  /** Who or where the other change came from, e.g. "by someone else in this chat". */
  changedBy?: string;
  conflict: ConflictState<Draft> | undefined;
  formErrors: readonly string[];
  onRestoreMine: () => void;
}) {
  return (
    <>
      {conflict?.stage === 'newer-loaded' ? (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Changed elsewhere</MessageBarTitle>
            This {noun} was changed {changedBy}. We’ve loaded the newer version — review and save again.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRestoreMine}>Use my changes instead</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {conflict?.stage === 'mine-restored' ? (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>Your changes are back in the form. Saving now replaces the newer version.</MessageBarBody>
        </MessageBar>
      ) : null}
      {formErrors.length === 0 ? null : (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not saved</MessageBarTitle>
            {formErrors.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
