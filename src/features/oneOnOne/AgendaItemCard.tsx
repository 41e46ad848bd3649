import { Body1, Button, Caption1, Subtitle2, Switch, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular, EditRegular, PersonNoteRegular, QuestionCircleRegular, ReOrderDotsVerticalRegular } from '@fluentui/react-icons';
import type { DragEvent } from 'react';
import type { AgendaItem } from '@domain/oneOnOne';
import { Pill } from '../../shared/ui/Pill';
import type { MoveDirection } from './agendaMoves';
import { carriedOverText } from './closeSummary';
import { personLabel, sentenceStart } from './people';
import { useItemStyles } from '../../shared/ui/useItemStyles';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  handle: { display: 'inline-flex', flexShrink: 0, marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, cursor: 'grab' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, flexGrow: 1 },
  discussed: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteGreenBorderActive}` },
  outcome: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  spacer: { flexGrow: 1 },
});

/** Props of {@link AgendaItemCard}; handlers that open a dialog get the button pressed, so focus can return to it. */
export interface AgendaItemCardProps {
  readonly item: AgendaItem;
  /** Whether the switch shows it discussed: the stored state, or the one being saved. */
  readonly discussed: boolean;
  /** The viewer's object id, to say "you" for their own items. */
  readonly me: string;
  readonly canMove: Readonly<Record<MoveDirection, boolean>>;
  /** True while a change to this item is on its way: its controls wait. */
  readonly busy: boolean;
  readonly onMove: (direction: MoveDirection) => void;
  readonly onDiscussedChange: (discussed: boolean) => void;
  readonly onEdit: (opener: HTMLElement) => void;
  readonly onDelete: (opener: HTMLElement) => void;
  /** Offered to the employee on a discussed question from their bank; absent for anyone else. */
  readonly onSaveToProfile?: (opener: HTMLElement) => void;
  /** Offered on a discussed feedback question, to the employee who asked it only. */
  readonly onSaveAsFeedback?: (opener: HTMLElement) => void;
  /** A drag starts on the grip only, so the card's text stays selectable with the mouse. */
  readonly onDragStart: (event: DragEvent<HTMLSpanElement>) => void;
  readonly onDragEnd: () => void;
}

/** One talking point: title, notes, who added it, whether it carried over, discussed and outcome, and its actions. */
export function AgendaItemCard({ item, discussed, me, canMove, busy, onMove, onDiscussedChange, onEdit, onDelete, onSaveToProfile, onSaveAsFeedback, onDragStart, onDragEnd }: AgendaItemCardProps) {
  const chat = useItemStyles();
  const styles = useStyles();
  const titleId = useId('agenda-title-');
  return (
    <article className={mergeClasses(chat.card, discussed && styles.discussed)} aria-labelledby={titleId}>
      <div className={styles.row}>
        {/* Pointer-only: keyboard and screen-reader users move items with the arrow buttons. */}
        <span className={styles.handle} draggable onDragStart={onDragStart} onDragEnd={onDragEnd} aria-hidden>
          <ReOrderDotsVerticalRegular />
        </span>
        <div className={styles.body}>
          {item.carriedOver === undefined && item.kind !== 'question' ? null : (
            <div className={chat.meta}>
              {item.carriedOver === undefined ? null : <Pill tone="brand">{carriedOverText(item.carriedOver)}</Pill>}
              {item.kind === 'question' ? (
                <Pill tone="neutral" icon={<QuestionCircleRegular aria-hidden />}>
                  Question
                </Pill>
              ) : null}
            </div>
          )}
          <Subtitle2 as="h3" id={titleId} className={chat.title}>
            {item.title}
          </Subtitle2>
          {item.notes === '' ? null : <Body1 className={chat.text}>{item.notes}</Body1>}
          <Caption1 className={chat.meta}>{`${sentenceStart(personLabel(item.addedBy, me))} added this`}</Caption1>
          {item.outcome === '' ? null : (
            <Body1 className={styles.outcome}>
              <strong>Outcome:</strong> {item.outcome}
            </Body1>
          )}
        </div>
      </div>
      <div className={styles.actions}>
        <Switch
          label="Discussed"
          checked={discussed}
          disabled={busy}
          aria-describedby={titleId}
          onChange={(_event, data) => onDiscussedChange(data.checked)}
        />
        {onSaveToProfile === undefined ? null : (
          <Button appearance="subtle" size="small" icon={<PersonNoteRegular />} aria-describedby={titleId} onClick={(event) => onSaveToProfile(event.currentTarget)}>
            Save to my manager profile
          </Button>
        )}
        {onSaveAsFeedback === undefined ? null : (
          <Button appearance="subtle" size="small" icon={<PersonNoteRegular />} aria-describedby={titleId} onClick={(event) => onSaveAsFeedback(event.currentTarget)}>
            Save as my feedback
          </Button>
        )}
        <span className={styles.spacer} />
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowUpRegular />}
          data-move="up"
          disabled={!canMove.up}
          disabledFocusable={canMove.up && busy}
          aria-label={`Move up: ${item.title}`}
          onClick={() => onMove('up')}
        />
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowDownRegular />}
          data-move="down"
          disabled={!canMove.down}
          disabledFocusable={canMove.down && busy}
          aria-label={`Move down: ${item.title}`}
          onClick={() => onMove('down')}
        />
        <Button appearance="subtle" size="small" icon={<EditRegular />} aria-label={`Edit: ${item.title}`} onClick={(event) => onEdit(event.currentTarget)} />
        <Button
          appearance="subtle"
          size="small"
          icon={<DeleteRegular />}
          aria-label={`Delete: ${item.title}`}
          onClick={(event) => onDelete(event.currentTarget)}
        />
      </div>
    </article>
  );
}
