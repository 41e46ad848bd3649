import { Body1Strong, Caption1, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { CommitmentSummary } from '@domain/commitmentRules';
import { followThroughText } from './commitmentText';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // Transparent in the Teams themes, a visible edge in high contrast.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The follow-through figure: the share of commitments due in the last 90 days that were done
 * on or before their due date. Says so when there is nothing to measure.
 */
export function FollowThrough({ summary }: { summary: CommitmentSummary }) {
  const styles = useStyles();
  const { followThrough } = summary;
  const text = followThroughText(followThrough);
  return (
    <div className={styles.root}>
      <Body1Strong>{text.headline}</Body1Strong>
      {followThrough.rate === null ? null : <ProgressBar value={followThrough.rate} thickness="large" aria-label={text.headline} />}
      <Caption1 className={styles.muted}>{text.detail}</Caption1>
    </div>
  );
}
