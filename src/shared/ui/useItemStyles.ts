import { makeStyles, tokens } from '@fluentui/react-components';

/** The look every list of items shares, in the personal tab and the chat tab: a section, its list, and item cards. */
export const useItemStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // Transparent in the Teams themes, a visible edge in high contrast where shadows vanish.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  title: { margin: 0, overflowWrap: 'anywhere' },
  /** Text as the user wrote it: their line breaks kept, long words wrapped. */
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  /** A line of small facts (date, goal, who), wrapping at phone width. */
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  /** A sentence under a section's heading saying what the section is for. */
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});
