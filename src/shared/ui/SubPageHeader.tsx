import { Link, Title2 } from '@fluentui/react-components';
import { usePageStyles } from './usePageStyles';

/** The top of a page reached from the personal tab: the way back, then the page's h1. */
export function SubPageHeader({ title }: { readonly title: string }) {
  const page = usePageStyles();
  return (
    <>
      <Link href="#/personal" className={page.nav}>
        My goals, wins and commitments
      </Link>
      <Title2 as="h1" className={page.title}>
        {title}
      </Title2>
    </>
  );
}
