import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { NudgeSettingsView } from '@domain/nudges/nudgeSettingsView';
import { useApi } from '../../shared/api/ApiContext';
import { useResource } from '../../shared/api/useResource';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { StatusToast, useStatusMessage } from '../../shared/ui/StatusToast';
import { SubPageHeader } from '../../shared/ui/SubPageHeader';
import { usePageStyles } from '../../shared/ui/usePageStyles';
import { NudgeSettingsForm } from './NudgeSettingsForm';

/** "Nudges": when and whether the bot reminds me, in my own time zone and working hours. */
export function NudgeSettingsPage() {
  const page = usePageStyles();
  const api = useApi();
  const { state, reload, mutate } = useResource(() => api.get<NudgeSettingsView>('/me/nudge-settings'));
  const { status, announce } = useStatusMessage();
  const view = state.data;
  const [stale, setStale] = useState(false);
  return (
    <main className={page.page}>
      <SubPageHeader title="Nudges" />
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      {stale ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>These settings were changed in another window. What is saved now is shown; change it again if you like.</MessageBarBody>
        </MessageBar>
      ) : null}
      {view === undefined ? (
        state.status === 'error' ? null : <ListSkeleton label="Loading your settings…" />
      ) : (
        // A new version remounts the form with what is in force, so nothing stale is saved over it.
        <NudgeSettingsForm
          key={view.version ?? 'defaults'}
          view={view}
          onSaved={(saved) => {
            setStale(false);
            mutate(() => saved);
          }}
          onStale={(current) => {
            setStale(true);
            if (current === undefined) void reload();
            else mutate(() => current);
          }}
          announce={announce}
        />
      )}
      <StatusToast status={status} />
    </main>
  );
}
