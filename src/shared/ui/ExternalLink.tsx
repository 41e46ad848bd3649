import { mergeClasses } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useLinkStyles } from './useLinkStyles';

/** True for absolute http(s) URLs: the only ones ever rendered as links, so a stored `javascript:` URL never could be. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A link that opens outside the tab, in a new browser tab, without giving that page a
 * handle on this one (`noopener noreferrer`). The caller checks the URL is http(s).
 */
export function ExternalLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  const styles = useLinkStyles();
  return (
    <a className={mergeClasses(styles.link, styles.small)} href={href} target="_blank" rel="noopener noreferrer" aria-label={`${label} (opens in a new tab)`}>
      {children}
      <OpenRegular aria-hidden />
    </a>
  );
}
