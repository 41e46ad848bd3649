import { Body1Strong, Button, Caption1, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { CommitmentSummary } from '../../../api/src/domain/commitmentRules';
import type { Resource } from '../../shared/api/useResource';
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
  retry: { alignSelf: 'flex-start' },
});

/**
 * The follow-through figure: the share of commitments due in the last 90 days that were done
 * on or before their due date, as the API computes it. Says so when there is nothing to measure.
 */
export function FollowThrough({ summary, onRetry }: { summary: Resource<CommitmentSummary>; onRetry: () => void }) {
  const styles = useStyles();
  if (summary.data === undefined) {
    return (
      <div className={styles.root}>
        {summary.status === 'error' ? (
          <>
            <Caption1 role="alert">Couldn’t work out your follow-through. {summary.error.userMessage}</Caption1>
            <Button className={styles.retry} size="small" onClick={onRetry}>
              Retry
            </Button>
          </>
        ) : (
          <Caption1 className={styles.muted}>Working out your follow-through…</Caption1>
        )}
      </div>
    );
  }
  const { followThrough } = summary.data;
  const text = followThroughText(followThrough);
  return (
    <div className={styles.root}>
      <Body1Strong>{text.headline}</Body1Strong>
      {followThrough.rate === null ? null : <ProgressBar value={followThrough.rate} thickness="large" aria-label={text.headline} />}
      <Caption1 className={styles.muted}>{text.detail}</Caption1>
    </div>
  );
}
