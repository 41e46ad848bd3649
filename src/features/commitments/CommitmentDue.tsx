import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CalendarRegular, CheckmarkCircleRegular, WarningRegular } from '@fluentui/react-icons';
import type { Commitment } from '@domain/commitments';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { dueText, timelinessText } from './commitmentText';

const useStyles = makeStyles({
  line: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  // Foreground3, not 1: Foreground1 falls under 4.5:1 on the dark theme's card background.
  overdue: { color: tokens.colorStatusDangerForeground3, fontWeight: tokens.fontWeightSemibold },
});

/**
 * When a commitment is due, or when it was done, in words and as a date. Overdue is red and
 * bold with a warning icon, and also says "Overdue by N days", so it never rests on colour alone.
 */
export function CommitmentDue({ commitment, today }: { commitment: Commitment; today: string }) {
  const styles = useStyles();
  const { dueDate, doneOn, status } = commitment;
  if (status === 'done' && doneOn !== undefined) {
    const timeliness = timelinessText(commitment);
    return (
      <Caption1 className={styles.line}>
        <CheckmarkCircleRegular aria-hidden />
        <span>
          Done <time dateTime={doneOn}>{formatIsoDate(doneOn)}</time>
          {timeliness === undefined ? null : `, ${timeliness}`}
        </span>
      </Caption1>
    );
  }
  if (dueDate === undefined) return <Caption1 className={styles.line}>No due date</Caption1>;
  const relative = dueText(dueDate, today);
  const overdue = status === 'open' && dueDate < today;
  return (
    <Caption1 className={mergeClasses(styles.line, overdue && styles.overdue)}>
      {overdue ? <WarningRegular aria-hidden /> : <CalendarRegular aria-hidden />}
      {status === 'open' ? (
        <span>
          {relative} (<time dateTime={dueDate}>{formatIsoDate(dueDate)}</time>)
        </span>
      ) : (
        <span>
          Was due <time dateTime={dueDate}>{formatIsoDate(dueDate)}</time>
        </span>
      )}
    </Caption1>
  );
}
