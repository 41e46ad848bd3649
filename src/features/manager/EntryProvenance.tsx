import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ClockAlarmRegular } from '@fluentui/react-icons';
import type { InsightOrigin } from '@domain/manager/managerProfile';
import { needsCheckingAgain } from '@domain/manager/staleness';
import type { MessageSource } from '@domain/source';
import { todayIsoDate } from '../../shared/ui/localDate';
import { MessageSourceLink } from '../../shared/ui/MessageSourceLink';
import { Pill } from '../../shared/ui/Pill';
import { entrySourceText } from './entrySource';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  ask: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link EntryProvenance}. */
export interface EntryProvenanceProps {
  readonly origin: InsightOrigin;
  readonly notedOn: string;
  readonly source: MessageSource | undefined;
  readonly title: string;
  /** The bank question that would confirm it, shown once the entry is old. */
  readonly confirmQuestion: string;
}

/** Where an entry came from and when; past 90 days, "check again" with the question to ask. */
export function EntryProvenance({ origin, notedOn, source, title, confirmQuestion }: EntryProvenanceProps) {
  const styles = useStyles();
  const stale = needsCheckingAgain(notedOn, todayIsoDate());
  return (
    <>
      <div className={styles.line}>
        <Caption1>{entrySourceText(origin, notedOn)}</Caption1>
        <MessageSourceLink source={source} itemTitle={title} />
        {stale ? (
          <Pill tone="neutral" icon={<ClockAlarmRegular aria-hidden />}>
            Check again
          </Pill>
        ) : null}
      </div>
      {stale ? <Caption1 className={styles.ask}>Ask in your next 1:1: “{confirmQuestion}”</Caption1> : null}
    </>
  );
}
