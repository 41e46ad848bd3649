import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ApiError } from '../api/client';

/** A failed load (one that retries by itself, as useResource does): what happened, and a retry. Announced to screen readers. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Couldn’t load</MessageBarTitle>
        {error.loadMessage}
      </MessageBarBody>
      {onRetry === undefined ? null : (
        <MessageBarActions>
          <Button onClick={onRetry}>Retry</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
