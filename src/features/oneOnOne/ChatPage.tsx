import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import { rememberChat } from '../../shared/lastChat';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { StatusToast, useStatusMessage } from '../../shared/ui/StatusToast';
import { AccessNotice } from './AccessNotice';
import { AgendaSection } from './AgendaSection';
import { describeAgendaChanges } from './agendaChanges';
import { chatProblemOf } from './chatProblem';
import { CloseSection } from './CloseSection';
import { HistorySection } from './HistorySection';
import { memberList, sentenceStart } from './people';
import { QuestionsSection } from './QuestionsSection';
import { SharedCommitmentsSection } from './SharedCommitmentsSection';
import { usePageStyles } from '../../shared/ui/usePageStyles';
import { SharedWinsSection } from './SharedWinsSection';
import { afterClose, withAgenda, withAgendaItem, withComment, withoutAgendaItem, withoutLastClose, withSettings, withUndoOf } from './spaceUpdates';
import { useChatSpace } from './useChatSpace';
import { namedByRole, pageTitle } from './roleText';
import { SetupSection } from './SetupSection';
import { ActionsSection } from './ActionsSection';
import { SharedGoalsSection } from './SharedGoalsSection';
import { withGoalHelp, withHeadsUp, withManagerAction } from './spaceUpdates';
import { HeadsUpSection } from './HeadsUpSection';
import { isEmployee, WriteUpdateButton } from './WriteUpdateButton';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2 },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
});

/**
 * The shared 1:1 page of one chat, the same for every member, each acting as themself: the
 * next agenda, what the members shared, questions to ask, closing the 1:1 and its history.
 * Loaded in one call and kept current while visible, so each sees the other's changes.
 */
export function ChatPage({ chatId }: { chatId: string }) {
  const styles = useStyles();
  const page = usePageStyles();
  const { status, announce } = useStatusMessage();
  const onRemoteChange = useCallback(
    (before: OneOnOneSpace, after: OneOnOneSpace) => {
      const changes = describeAgendaChanges(before.agenda.items, after.agenda.items);
      if (changes !== undefined) announce(changes);
    },
    [announce],
  );
  const { state, refresh, apply } = useChatSpace(chatId, onRemoteChange);
  const problem = chatProblemOf(state.error);
  // Someone taken off the chat, or a chat the app left, shows nothing of it any more.
  const space = problem === undefined ? state.data : undefined;
  const member = space !== undefined;
  // A chat I could open is where the personal tab offers to put a feedback question.
  useEffect(() => {
    if (member) rememberChat(chatId);
  }, [member, chatId]);

  return (
    <main className={page.page}>
      <header className={styles.header}>
        <Title2 as="h1" className={page.title}>
          {pageTitle(space)}
        </Title2>
        {space === undefined ? null : (
          <Body1 as="p" className={styles.subtitle}>
            {`${sentenceStart(memberList(namedByRole(space), space.me))} see this same page. Each change shows for everyone within seconds.`}
          </Body1>
        )}
        {space === undefined ? null : <SetupSection chatId={chatId} space={space} onSettings={(settings) => apply((current) => withSettings(current, settings))} announce={announce} />}
        {space !== undefined && isEmployee(space) ? <WriteUpdateButton chatId={chatId} /> : null}
      </header>
      {problem !== undefined ? (
        <AccessNotice problem={problem} />
      ) : (
        <>
          {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={() => void refresh()} /> : null}
          {state.status === 'error' && space === undefined ? null : (
            <div className={page.columns}>
              <div className={styles.column}>
                <HeadsUpSection chatId={chatId} space={space} onHeadsUp={(headsUp) => apply((current) => withHeadsUp(current, headsUp))} onStale={() => void refresh()} announce={announce} />
                <AgendaSection
                  chatId={chatId}
                  agenda={space?.agenda}
                  me={space?.me ?? ''}
                  roles={space?.roles ?? null}
                  onItem={(item) => apply((current) => withAgendaItem(current, item))}
                  onRemoved={(item) => apply((current) => withoutAgendaItem(current, item.id))}
                  onAgenda={(agenda) => apply((current) => withAgenda(current, agenda))}
                  announce={announce}
                />
                <ActionsSection
                  chatId={chatId}
                  space={space}
                  onCreated={(result) => {
                    if (result.kind === 'managerAction') apply((current) => withManagerAction(current, result.action));
                    else void refresh();
                    announce(`Action added: ${result.kind === 'managerAction' ? result.action.title : result.title}`);
                  }}
                  onAction={(action) => apply((current) => withManagerAction(current, action))}
                  announce={announce}
                />
                <CloseSection
                  chatId={chatId}
                  agenda={space?.agenda}
                  lastDate={space?.lastOneOnOne?.date}
                  onClosed={(result) => {
                    apply((current) => withUndoOf(afterClose(current, result), result.record));
                    const carried = result.record.carriedOverCount;
                    announce(`1:1 closed and added to the history. ${carried === 1 ? '1 item carries' : `${carried} items carry`} over to the next agenda.`);
                  }}
                  onAgenda={(agenda) => apply((current) => withAgenda(current, agenda))}
                  proposedDate={space?.settings.nextMeeting?.date}
                  undo={space?.undo}
                  onUndone={(agenda) => {
                    apply((current) => withoutLastClose(current, agenda));
                    announce('Close undone: the agenda is back as it was.');
                  }}
                />
              </div>
              <div className={styles.column}>
                <SharedCommitmentsSection
                  chatId={chatId}
                  space={space}
                  onComment={(comment) => {
                    apply((current) => withComment(current, comment));
                    announce('Comment added.');
                  }}
                />
                <SharedGoalsSection
                  chatId={chatId}
                  space={space}
                  onHelp={(goal, help) => {
                    apply((current) => withGoalHelp(current, goal, help));
                    announce(`Answer saved on “${goal.title}”.`);
                  }}
                />
                <SharedWinsSection space={space} />
                <QuestionsSection chatId={chatId} space={space} onItem={(item) => apply((current) => withAgendaItem(current, item))} announce={announce} />
              </div>
            </div>
          )}
          {state.status === 'error' && space === undefined ? null : <HistorySection chatId={chatId} space={space} />}
        </>
      )}
      <StatusToast status={status} />
    </main>
  );
}
