import { Caption1 } from '@fluentui/react-components';
import { ExternalLink, isHttpUrl } from '../../shared/ui/ExternalLink';

/**
 * A win's evidence: a link only for http(s). The API refuses other schemes; this is the
 * second lock, so a stored `javascript:` URL could never become clickable.
 */
export function EvidenceLink({ url, winTitle }: { url: string | undefined; winTitle: string }) {
  if (url === undefined || url === '') return null;
  if (!isHttpUrl(url)) return <Caption1>Evidence: {url}</Caption1>;
  return (
    <ExternalLink href={url} label={`Evidence for ${winTitle}`}>
      Evidence
    </ExternalLink>
  );
}
