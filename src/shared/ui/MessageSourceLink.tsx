import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChatRegular } from '@fluentui/react-icons';
import type { MessageSource } from '@domain/source';
import { ExternalLink, isHttpUrl } from './ExternalLink';

const useStyles = makeStyles({
  text: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** "From a message by Morgan", or without a name when Teams gave none. */
export function sourceText(authorName: string | undefined): string {
  const author = authorName?.trim() ?? '';
  return author === '' ? 'From a chat message' : `From a message by ${author}`;
}

/**
 * The chat message an item was logged from (by the message extension): who wrote it, linked
 * back to it. Only an http(s) link becomes clickable.
 */
export function MessageSourceLink({ source, itemTitle }: { source: MessageSource | undefined; itemTitle: string }) {
  const styles = useStyles();
  if (source === undefined) return null;
  const text = sourceText(source.authorName);
  const link = source.linkToMessage;
  if (link === undefined || !isHttpUrl(link)) {
    return (
      <Caption1 className={styles.text}>
        <ChatRegular aria-hidden />
        {text}
      </Caption1>
    );
  }
  return (
    <ExternalLink href={link} label={`${text}, for ${itemTitle}`}>
      <ChatRegular aria-hidden />
      {text}
    </ExternalLink>
  );
}
