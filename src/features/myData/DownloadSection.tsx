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
        One JSON file with all you keep in Upward: goals, wins, commitments, feedback, your manager profiles with their priorities and insights, and what your manager left you in
        your 1:1s. Shared 1:1 agendas and records belong to the chat and stay there.
      </Text>
      <PreparedDownload file={{ file: 'export' }} prepareLabel="Prepare my download" linkText="Download upward-export.json" />
    </Section>
  );
}
