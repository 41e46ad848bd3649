import type { ReactNode, Ref } from 'react';
import { SectionHeader } from './SectionHeader';
import { useItemStyles } from './useItemStyles';

/** Props of {@link Section}. */
export interface SectionProps {
  /** The heading's id, which also names the section for screen readers. */
  readonly id: string;
  readonly title: string;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** The section's main action, beside the heading. */
  readonly action?: ReactNode;
  readonly children: ReactNode;
}

/** A landmark section of a screen, named by its h2 (see {@link SectionHeader}). */
export function Section({ id, title, headingRef, action, children }: SectionProps) {
  const items = useItemStyles();
  return (
    <section className={items.section} aria-labelledby={id}>
      <SectionHeader id={id} title={title} headingRef={headingRef} action={action} />
      {children}
    </section>
  );
}
