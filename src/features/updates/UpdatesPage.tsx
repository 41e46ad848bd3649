import { Body1, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { MyChats } from '@domain/chat';
import type { UpdatesView } from '@domain/progressUpdate/progressUpdates';
import { useApi } from '../../shared/api/ApiContext';
import { useResource } from '../../shared/api/useResource';
import { lastChat } from '../../shared/lastChat';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { todayIsoDate } from '../../shared/ui/localDate';
import { SubPageHeader } from '../../shared/ui/SubPageHeader';
import { usePageStyles } from '../../shared/ui/usePageStyles';
import { CadenceLine } from './CadenceLine';
import { chatChoices } from './chatChoices';
import { DraftEditor } from './DraftEditor';
import { SentUpdates } from './SentUpdates';
import { updatesPath } from './updatesPaths';

const useStyles = makeStyles({ text: { margin: 0 } });

/**
 * "Progress update": when the next one is due and how consistent I have been, the draft of the
 * next one (picked, edited, then sent into our 1:1 or copied), and the updates I sent.
 * `chatId` is the 1:1 the chat tab's "Write an update" came from.
 */
export function UpdatesPage({ chatId }: { readonly chatId: string | undefined }) {
  const page = usePageStyles();
  const styles = useStyles();
  const api = useApi();
  const today = useMemo(() => todayIsoDate(), []);
  const updates = useResource(() => api.get<UpdatesView>(updatesPath(today)));
  // Any failure of the chat list (the route missing in an older API included) falls back to the chats this browser knows.
  const chats = useResource(() => api.get<MyChats>('/me/chats').catch(() => undefined));
  const [remembered] = useState(lastChat);
  const choices = useMemo(() => (chats.state.status === 'loading' ? [] : chatChoices(chats.state.data, chatId, remembered)), [chats.state, chatId, remembered]);
  const view = updates.state.data;

  return (
    <main className={page.page}>
      <SubPageHeader title="Progress update" />
      <Body1 as="p" className={styles.text}>
        Tell your manager what changed since your last update, in the format they like. Nothing leaves that you did not tick.
      </Body1>
      {updates.state.status === 'error' ? <ErrorNotice error={updates.state.error} onRetry={() => void updates.reload()} /> : null}
      {view === undefined ? null : <CadenceLine cadence={view.cadence} />}
      <div className={page.columns}>
        {chats.state.status === 'loading' ? (
          <ListSkeleton rows={4} label="Writing your draft…" />
        ) : (
          <DraftEditor
            today={today}
            chats={choices}
            initialChatId={chatId}
            onSent={(update) => {
              updates.mutate((current) => ({ ...current, updates: [update, ...current.updates.filter((existing) => existing.id !== update.id)] }));
              // The cadence figure counts the new update only once the API has it.
              void updates.reload();
            }}
          />
        )}
        {view === undefined ? updates.state.status === 'error' ? null : <ListSkeleton rows={2} label="Loading your sent updates" /> : <SentUpdates updates={view.updates} chats={choices} />}
      </div>
    </main>
  );
}
