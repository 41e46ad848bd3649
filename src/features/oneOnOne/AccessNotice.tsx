import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular, PlugDisconnectedRegular } from '@fluentui/react-icons';
import type { ChatProblem } from './chatProblem';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    maxWidth: '40rem',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { flexShrink: 0, fontSize: '24px', color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Why the page cannot show this chat's 1:1 space, and what to do about it. */
export function AccessNotice({ problem, local = false }: { problem: ChatProblem | 'no-chat'; local?: boolean }) {
  const styles = useStyles();
  if (problem === 'not-member') {
    return (
      <div className={styles.root} role="alert">
        <LockClosedRegular className={styles.icon} aria-hidden />
        <div className={styles.body}>
          <Subtitle1 as="h2" className={styles.title}>
            You are not a member of this chat
          </Subtitle1>
          <Body1 as="p">
            This 1:1 page belongs to the people in the chat, so only they can see it. If you should be part of it, ask someone in the chat to add
            you; the page opens for you as soon as Teams tells Upward you joined.
          </Body1>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.root} role="alert">
      <PlugDisconnectedRegular className={styles.icon} aria-hidden />
      <div className={styles.body}>
        <Subtitle1 as="h2" className={styles.title}>
          {problem === 'no-chat' ? 'Open this page from a chat' : 'Upward isn’t set up in this chat yet'}
        </Subtitle1>
        <Body1 as="p">
          {problem === 'no-chat'
            ? 'The shared 1:1 page lives in the chat between you and your manager. To add it:'
            : 'Upward has not been added to this chat, or it was removed. To add it:'}
        </Body1>
        <ol className={styles.steps}>
          <li>Open your 1:1 chat with your manager (or your employee) in Teams.</li>
          <li>Select “+” (Add a tab) at the top of the chat and choose Upward.</li>
          <li>Select Save. The tab appears for both of you.</li>
        </ol>
        {problem === 'no-chat' ? null : <Body1 as="p">This page refreshes by itself once that is done.</Body1>}
        {local ? (
          <Body1 as="p">Outside Teams: use “Start a local 1:1 chat” in the Local development bar above, which adds Upward to a chat the way Teams does.</Body1>
        ) : null}
      </div>
    </div>
  );
}
