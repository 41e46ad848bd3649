import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';

const useStyles = makeStyles({
  // As tall as the action button, so nothing moves when it appears after loading.
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

/**
 * A section's h2 and its main action. The heading takes focus programmatically
 * (`tabIndex=-1`) so focus has somewhere sensible to land, e.g. after a delete.
 */
export function SectionHeader({ id, title, headingRef, action }: { id: string; title: string; headingRef?: Ref<HTMLHeadingElement>; action?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h2 id={id} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {title}
      </h2>
      {action}
    </div>
  );
}
