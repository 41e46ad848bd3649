import { makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  link: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textDecorationLine: 'none',
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
    ':active': { color: tokens.colorBrandForegroundLinkPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

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
 * A plain anchor styled with Fluent tokens, to keep Fluent's Link out of the first bundle.
 */
export function ExternalLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <a className={styles.link} href={href} target="_blank" rel="noopener noreferrer" aria-label={`${label} (opens in a new tab)`}>
      {children}
      <OpenRegular aria-hidden />
    </a>
  );
}
