import { Body1, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Update } from '@domain/progressUpdate/progressUpdates';
import { updateSections } from '@domain/progressUpdate/updateText';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { Section } from '../../shared/ui/Section';
import type { ChatChoice } from './chatChoices';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalS, minWidth: 0 },
  toggle: { justifyContent: 'flex-start', textAlign: 'start', maxWidth: '100%', height: 'auto', minHeight: '32px', overflowWrap: 'anywhere' },
  meta: { display: 'block', color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXXL },
  body: { paddingLeft: tokens.spacingHorizontalXXL, overflowWrap: 'anywhere' },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  text: { margin: 0 },
});

/** Where an update went, in words: the chat it was posted in (and whether the card reached it) or how it was copied. */
export function destinationText(update: Update, chats: readonly ChatChoice[]): string {
  if (update.to.kind === 'copied') return update.to.as === 'markdown' ? 'Copied as Markdown' : 'Copied as text';
  const chatId = update.to.chatId;
  const label = chats.find((chat) => chat.chatId === chatId)?.label;
  const where = label === undefined || label.startsWith('The 1:1') ? 'your 1:1 chat' : label.replace(/^Our 1:1/, 'your 1:1');
  return update.posted ? `Posted in ${where}` : `Kept, not posted in ${where} (the bot was not in that chat)`;
}

function SentUpdate({ update, chats }: { readonly update: Update; readonly chats: readonly ChatChoice[] }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const bodyId = `sent-update-${update.id}`;
  return (
    <li className={styles.item}>
      <Button appearance="transparent" className={styles.toggle} icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />} aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        {update.title}
      </Button>
      <Text className={styles.meta}>
        {formatIsoDate(update.sentOn)} · {destinationText(update, chats)} · {update.lines.length === 1 ? '1 line' : `${String(update.lines.length)} lines`}
      </Text>
      <div id={bodyId} className={styles.body} hidden={!open}>
        {open
          ? updateSections(update.lines).map((group) => (
              <div key={group.section}>
                <h3 className={styles.heading}>{group.heading}</h3>
                <ul className={styles.lines}>
                  {group.lines.map((text, index) => (
                    <li key={index}>{text}</li>
                  ))}
                </ul>
              </div>
            ))
          : null}
      </div>
    </li>
  );
}

/** The updates I sent, newest first: what, when and where; each opens to its lines. */
export function SentUpdates({ updates, chats }: { readonly updates: readonly Update[]; readonly chats: readonly ChatChoice[] }) {
  const styles = useStyles();
  return (
    <Section id="sent-updates-heading" title="Sent updates">
      {updates.length === 0 ? (
        <Body1 as="p" className={styles.text}>
          None yet. Each update you send or copy is kept here, and your next draft starts after it.
        </Body1>
      ) : (
        <ul className={styles.list}>
          {updates.map((update) => (
            <SentUpdate key={update.id} update={update} chats={chats} />
          ))}
        </ul>
      )}
    </Section>
  );
}
