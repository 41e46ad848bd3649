import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { GoalHelp } from '@domain/goalHelp';

const useStyles = makeStyles({
  note: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** What the manager answered to "How I can help" on this goal in the 1:1, so the employee can hold them to it. */
export function GoalHelpNote({ help }: { help: GoalHelp | undefined }) {
  const styles = useStyles();
  if (help === undefined) return null;
  const author = help.author.name.trim() === '' ? 'Your manager' : help.author.name;
  return (
    <div className={styles.note} role="group" aria-label={`How ${author} can help`}>
      <Caption1>{`How ${author} can help`}</Caption1>
      <Body1 className={styles.text}>{help.text}</Body1>
    </div>
  );
}
