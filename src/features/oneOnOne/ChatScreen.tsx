import { makeStyles, tokens } from '@fluentui/react-components';
import { AccessNotice } from './AccessNotice';
import { ChatPage } from './ChatPage';

const useStyles = makeStyles({
  page: { boxSizing: 'border-box', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
});

/**
 * The chat tab's screen, loaded only when a chat tab opens (the personal tab never downloads
 * it). Inside Teams the chat comes from Teams' context; outside, from `#/chat?chatId=…`.
 */
export function ChatScreen({ chatId, local }: { chatId: string | undefined; local: boolean }) {
  const styles = useStyles();
  if (chatId === undefined) {
    return (
      <main className={styles.page}>
        <AccessNotice problem="no-chat" local={local} />
      </main>
    );
  }
  // Keyed by chat: another chat is another page, with nothing carried over from this one.
  return <ChatPage key={chatId} chatId={chatId} />;
}
