import { Text, makeStyles } from '@fluentui/react-components';
import { DocumentRegular, PrintRegular, TextBulletListRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ReviewPack, ReviewPackRequest } from '@domain/reviewPack/reviewPack';
import { useApi } from '../../shared/api/ApiContext';
import { useResource } from '../../shared/api/useResource';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { PreparedDownload } from '../../shared/ui/PreparedDownload';
import { Section } from '../../shared/ui/Section';
import { withMembership } from '../../shared/ui/setMembership';
import { usePageStyles } from '../../shared/ui/usePageStyles';
import { PackPreview } from './PackPreview';

const useStyles = makeStyles({ text: { margin: 0 } });

/**
 * The pack for one request: loaded, looked over with boxes to leave lines out, and offered
 * as files. Mounted with a `key` per request, so a new period starts with nothing left out.
 */
export function PackResult({ request }: { readonly request: ReviewPackRequest }) {
  const page = usePageStyles();
  const styles = useStyles();
  const api = useApi();
  const { state, reload } = useResource(() => api.send<ReviewPack>('POST', '/me/review-pack', request));
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />;
  if (state.data === undefined) return <ListSkeleton label="Making your pack…" />;

  const chosen = { ...request, leaveOut: [...leftOut] };
  // A new pick makes new links: a link never serves an older choice.
  const linkKey = JSON.stringify(chosen.leaveOut);
  const toggle = (id: string, included: boolean) => setLeftOut((current) => withMembership(current, id, !included));
  return (
    <div className={page.columns}>
      <PackPreview pack={state.data} leftOut={leftOut} onToggle={toggle} />
      <Section id="pack-files-heading" title="Download">
        <Text as="p" className={styles.text}>
          With what is ticked. Each link works for ten minutes.
        </Text>
        <PreparedDownload key={`docx${linkKey}`} file={{ file: 'review-pack', format: 'docx', request: chosen }} prepareLabel="Word document (.docx)" linkText="Download the .docx" icon={<DocumentRegular />} />
        <PreparedDownload key={`md${linkKey}`} file={{ file: 'review-pack', format: 'markdown', request: chosen }} prepareLabel="Markdown, for an email" linkText="Download the Markdown" icon={<TextBulletListRegular />} />
        <PreparedDownload key={`print${linkKey}`} file={{ file: 'review-pack', format: 'print', request: chosen }} prepareLabel="Page to print or save as PDF" linkText="Open the print view" icon={<PrintRegular />} />
      </Section>
    </div>
  );
}
