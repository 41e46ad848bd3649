import { makeStyles, tokens } from '@fluentui/react-components';

/** The frame every screen shares: its width, padding and h1, and a grid of sections. */
export const usePageStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '80rem',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  title: { margin: 0 },
  /** A link to the app's other page, under the title. */
  nav: { alignSelf: 'flex-start' },
  /** Links to the app's other pages, in a row that wraps. */
  more: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS },
  // One column on a phone, sections side by side when there is room.
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 24rem), 1fr))',
    alignItems: 'start',
    gap: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
});
