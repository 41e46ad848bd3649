import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ManagerAction } from '@domain/oneOnOneShared';
import { ManagerActionCard } from '../../shared/ui/ManagerActionCard';
import { useItemStyles } from '../../shared/ui/useItemStyles';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** Open first, then by due date (undated last). */
function byUrgency(a: ManagerAction, b: ManagerAction): number {
  return Number(a.status === 'done') - Number(b.status === 'done') || (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31');
}

/**
 * "Asked of my manager": what the manager offered to do in our 1:1s, so the employee can
 * follow up. Not the employee's own commitments: follow-through never counts these.
 */
export function AskedOfManager({ actions, onChange, announce }: { actions: readonly ManagerAction[]; onChange: (action: ManagerAction) => void; announce: (text: string) => void }) {
  const styles = useStyles();
  const items = useItemStyles();
  if (actions.length === 0) return null;
  return (
    <section className={styles.group} aria-labelledby="asked-of-manager-heading">
      <Subtitle2 as="h3" id="asked-of-manager-heading" className={styles.heading}>
        Asked of my manager
      </Subtitle2>
      <Body1 as="p" className={items.intro}>
        What your manager offered to do in your 1:1s. They do not count toward your follow-through.
      </Body1>
      <ul className={items.list}>
        {[...actions].sort(byUrgency).map((action) => (
          <li key={action.id}>
            <ManagerActionCard action={action} ownerLabel={action.owner.name.trim() === '' ? 'My manager' : action.owner.name} onChange={onChange} announce={announce} />
          </li>
        ))}
      </ul>
    </section>
  );
}
