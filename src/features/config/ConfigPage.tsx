import { Body1, MessageBar, MessageBarBody, MessageBarTitle, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import type { Host } from '../../host/host';
import { CHAT_TAB_NAME, chatTabSettings } from './chatTabSettings';
import { RoleChoice } from './RoleChoice';

const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '40rem',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  title: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

/**
 * The chat tab's configuration page, which Teams shows when someone adds Upward to a chat.
 * It says what the tab is, asks who is who in this 1:1, and lets Teams' Save button add it.
 */
export function ConfigPage({ host, chatId }: { host: Pick<Host, 'kind' | 'offerTabSave'>; chatId?: string | undefined }) {
  const styles = useStyles();
  const settings = useMemo(() => chatTabSettings(window.location.origin), []);
  useEffect(() => {
    host.offerTabSave(settings);
  }, [host, settings]);

  return (
    <main className={styles.page}>
      <Title2 as="h1" className={styles.title}>
        Add Upward to this chat
      </Title2>
      <Body1 as="p">A shared page for your 1:1s, the same for both of you:</Body1>
      <ul className={styles.list}>
        <li>
          <Body1>the agenda for your next 1:1, which either of you can add to;</Body1>
        </li>
        <li>
          <Body1>the commitments and wins you choose to share, and questions worth asking;</Body1>
        </li>
        <li>
          <Body1>a history of past 1:1s, with what was not discussed carried over to the next one.</Body1>
        </li>
      </ul>
      <Body1 as="p">Nothing from your personal Upward space appears here unless you turn on “Share in my 1:1” for it.</Body1>
      <RoleChoice chatId={chatId} />
      {host.kind === 'teams' ? (
        <Body1 as="p">{`Select Save to add the tab as “${CHAT_TAB_NAME}”.`}</Body1>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Outside Teams</MessageBarTitle>
            There is no Save button here. In Teams, saving adds a tab named “{settings.suggestedDisplayName}” that opens{' '}
            <span className={styles.code}>{settings.contentUrl}</span>.
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
