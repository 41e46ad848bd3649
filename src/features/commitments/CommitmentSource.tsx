import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChatRegular } from '@fluentui/react-icons';
import type { MessageSource } from '../../../api/src/domain/source';
import { ExternalLink } from '../../shared/ui/ExternalLink';
import { sourceText } from './commitmentText';

const useStyles = makeStyles({
  text: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** True for absolute http(s) URLs: the only ones rendered as links. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The chat message a commitment was logged from (by the message extension): who wrote it,
 * linked back to it. Only an http(s) link becomes clickable, so a stored `javascript:` URL never could.
 */
export function CommitmentSource({ source, commitmentTitle }: { source: MessageSource | undefined; commitmentTitle: string }) {
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
    <ExternalLink href={link} label={`${text}, for ${commitmentTitle}`}>
      <ChatRegular aria-hidden />
      {text}
    </ExternalLink>
  );
}
