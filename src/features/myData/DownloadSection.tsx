import { Text } from '@fluentui/react-components';
import { PreparedDownload } from '../../shared/ui/PreparedDownload';
import { Section } from '../../shared/ui/Section';
import { useMyDataStyles } from './useMyDataStyles';

/** "Download everything": all my data as one JSON file, by link. */
export function DownloadSection() {
  const styles = useMyDataStyles();
  return (
    <Section id="download-heading" title="Download everything">
      <Text as="p" className={styles.text}>
        One JSON file with all you keep in Upward: goals, wins, commitments, feedback, progress updates, your manager profiles with their priorities and insights, what your
        manager left you in your 1:1s, and what you wrote in your 1:1 chats (talking points, comments, heads-ups). The other person’s entries are theirs and are not in it.
      </Text>
      <PreparedDownload file={{ file: 'export' }} prepareLabel="Prepare my download" linkText="Download upward-export.json" />
    </Section>
  );
}
