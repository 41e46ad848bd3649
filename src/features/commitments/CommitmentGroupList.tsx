import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Commitment } from '@domain/commitments';
import type { CommitmentGroup } from './commitmentList';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { BUCKET_HEADINGS } from './commitmentText';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, color: tokens.colorNeutralForeground2 },
  toggle: { paddingInline: 0, minWidth: 'auto', justifyContent: 'flex-start' },
});

/** Props of {@link CommitmentGroupList}. */
export interface CommitmentGroupListProps {
  readonly group: CommitmentGroup;
  /** Given for lists that start folded (done, dropped): whether it is open now, and how to flip it. */
  readonly disclosure?: { readonly expanded: boolean; readonly onToggle: () => void };
  readonly renderCard: (commitment: Commitment) => ReactNode;
}

/**
 * One list of commitments under its h3 with a count. A folded list's heading is a disclosure
 * button (aria-expanded), so keyboard and screen-reader users open it like anyone else.
 */
export function CommitmentGroupList({ group, disclosure, renderCard }: CommitmentGroupListProps) {
  const styles = useStyles();
  const items = useItemStyles();
  const label = `${BUCKET_HEADINGS[group.bucket]} (${group.commitments.length})`;
  const expanded = disclosure?.expanded ?? true;
  return (
    <div className={styles.group}>
      <Subtitle2 as="h3" className={styles.heading}>
        {disclosure === undefined ? (
          label
        ) : (
          <Button
            className={styles.toggle}
            appearance="transparent"
            icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={expanded}
            onClick={disclosure.onToggle}
          >
            {label}
          </Button>
        )}
      </Subtitle2>
      {expanded ? (
        <ul className={items.list}>
          {group.commitments.map((commitment) => (
            <li key={commitment.id}>{renderCard(commitment)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
