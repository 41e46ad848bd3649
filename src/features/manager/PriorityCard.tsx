import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import type { Priority } from '@domain/manager/managerProfile';
import type { SupportingItem } from '@domain/manager/managerView';
import { questionById } from '@domain/questionBank';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { ItemActions } from '../../shared/ui/ItemActions';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { EntryProvenance } from './EntryProvenance';

const KIND_LABELS: Record<SupportingItem['kind'], string> = { goal: 'Goal', commitment: 'Commitment', win: 'Win' };

const useStyles = makeStyles({
  support: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  nothing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link PriorityCard}. */
export interface PriorityCardProps {
  readonly priority: Priority;
  readonly rank: number;
  readonly supporting: readonly SupportingItem[];
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly onMove: (direction: 'up' | 'down', opener: HTMLElement) => void;
  readonly onEdit: (opener: HTMLElement) => void;
  readonly onDelete: (opener: HTMLElement) => void;
}

/** One of my manager's priorities, with where it ranks and what I am doing for it. */
export function PriorityCard({ priority, rank, supporting, canMoveUp, canMoveDown, onMove, onEdit, onDelete }: PriorityCardProps) {
  const styles = useStyles();
  const items = useItemStyles();
  const titleId = useId('priority-title-');
  return (
    <article className={items.card} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={items.title}>
        {rank}. {priority.title}
      </Subtitle2>
      {priority.why === '' ? null : <Body1 className={items.text}>{priority.why}</Body1>}
      {priority.since === undefined ? null : (
        <Caption1 className={styles.muted}>
          A priority since <time dateTime={priority.since}>{formatIsoDate(priority.since)}</time>
        </Caption1>
      )}
      <EntryProvenance origin={priority.origin} notedOn={priority.notedOn} source={priority.source} title={priority.title} confirmQuestion={questionById('top-priorities').text} />
      {supporting.length === 0 ? (
        <Caption1 className={styles.nothing}>Nothing of yours supports this yet. Tag a goal, commitment or win with it.</Caption1>
      ) : (
        <>
          <Caption1>
            What I am doing for it: {supporting.length} {supporting.length === 1 ? 'item' : 'items'}
          </Caption1>
          <ul className={styles.support}>
            {supporting.map((item) => (
              <li key={item.id}>
                <Caption1>
                  {KIND_LABELS[item.kind]}: {item.title}
                  {item.status === 'done' || item.status === 'achieved' ? ' (done)' : ''}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <ItemActions noun="priority" title={priority.title} onEdit={onEdit} onDelete={onDelete} onPrepare={() => undefined}>
        <Button appearance="subtle" size="small" icon={<ArrowUpRegular />} disabled={!canMoveUp} aria-label={`Move up: ${priority.title}`} onClick={(event) => onMove('up', event.currentTarget)}>
          Up
        </Button>
        <Button appearance="subtle" size="small" icon={<ArrowDownRegular />} disabled={!canMoveDown} aria-label={`Move down: ${priority.title}`} onClick={(event) => onMove('down', event.currentTarget)}>
          Down
        </Button>
      </ItemActions>
    </article>
  );
}
