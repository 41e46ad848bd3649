import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { usePriorities } from './priorities';

const useStyles = makeStyles({ tag: { color: tokens.colorNeutralForeground2 } });

/** "Supports: <priority>" on an item tagged with one of my manager's priorities; nothing for an untagged item. */
export function PriorityTag({ priorityId }: { priorityId: string | undefined }) {
  const styles = useStyles();
  const title = usePriorities().titleOf(priorityId);
  if (title === undefined) return null;
  return <Caption1 className={styles.tag}>Supports my manager’s priority: {title}</Caption1>;
}
