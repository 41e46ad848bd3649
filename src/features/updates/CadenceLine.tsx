import { Body1, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { UpdatesView } from '@domain/progressUpdate/progressUpdates';

const useStyles = makeStyles({
  line: { margin: 0 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const dayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Fri Dec 11": short enough for a phone, with the weekday a cadence like "every Friday" is about. */
export function dueDay(date: string): string {
  const parts = dayFormat.formatToParts(new Date(`${date}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')} ${part('month')} ${part('day')}`;
}

/** The cadence sentence: when the next update is due and how many of the last periods had one on time. */
export function cadenceSentence(cadence: NonNullable<UpdatesView['cadence']>): string {
  const due = `Next update due ${dueDay(cadence.nextDue)}${cadence.overdue ? ' (overdue)' : ''}`;
  const count = cadence.periods.length;
  if (count === 0) return `${due} · no updates sent yet to count`;
  return `${due} · ${String(cadence.onTime)} of the last ${String(count)} on time`;
}

/** When the next update is due and how consistent I have been; without a cadence in the profile, where to set one. */
export function CadenceLine({ cadence }: { readonly cadence: UpdatesView['cadence'] }) {
  const styles = useStyles();
  if (cadence === null) {
    return (
      <Body1 as="p" className={styles.line}>
        Note how often your manager wants updates (for example “every Friday”) in <Link href="#/manager">My manager</Link>, and this page shows when the next one is due and how often yours went out on time.
      </Body1>
    );
  }
  return (
    <Body1 as="p" className={mergeClasses(styles.line, cadence.overdue && styles.overdue)}>
      {cadenceSentence(cadence)}
    </Body1>
  );
}
