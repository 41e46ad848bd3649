import { Button, Caption1, Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import type { Win } from '@domain/wins';
import { formatIsoDate } from '../../shared/ui/formatDate';

/** How many linked wins a goal lists before "Show wins" takes over. */
const SHOWN = 3;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  // Reads as a link: it moves to the wins list rather than changing anything.
  show: {
    alignSelf: 'flex-start',
    minWidth: 'auto',
    paddingInline: 0,
    color: tokens.colorBrandForegroundLink,
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
    ':hover:active': { color: tokens.colorBrandForegroundLinkPressed },
  },
});

/** The wins that advanced one goal, newest first, and a way to see them all in the wins list. */
export function GoalWins({ goalTitle, wins, onShowWins }: { goalTitle: string; wins: readonly Win[]; onShowWins: () => void }) {
  const styles = useStyles();
  if (wins.length === 0) {
    return <Caption1 className={styles.muted}>No wins linked yet. When you add a win, pick this goal so your progress shows.</Caption1>;
  }
  return (
    <div className={styles.root}>
      <Caption1Strong>
        Advanced by {wins.length} {wins.length === 1 ? 'win' : 'wins'}
      </Caption1Strong>
      <ul className={styles.list}>
        {wins.slice(0, SHOWN).map((win) => (
          <li key={win.id} className={styles.item}>
            <Caption1>
              {win.title} · <time dateTime={win.date}>{formatIsoDate(win.date)}</time>
            </Caption1>
          </li>
        ))}
      </ul>
      <Button className={styles.show} appearance="transparent" size="small" aria-label={`Show wins for ${goalTitle}`} onClick={onShowWins}>
        Show wins
      </Button>
    </div>
  );
}
