import { Body1, Button } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { Agenda, OneOnOneRecord, OneOnOneSpace } from '@domain/oneOnOne';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { Section } from '../../shared/ui/Section';
import { useReturnFocus } from '../../shared/ui/useReturnFocus';
import { CloseDialog } from './CloseDialog';
import { UndoCloseBar } from './UndoCloseBar';
import { useItemStyles } from '../../shared/ui/useItemStyles';

/** Props of {@link CloseSection}. */
export interface CloseSectionProps {
  readonly chatId: string;
  readonly agenda: Agenda | undefined;
  /** The day of the last 1:1 closed, if any. */
  readonly lastDate: string | undefined;
  readonly onClosed: (result: { record: OneOnOneRecord; agenda: Agenda }) => void;
  readonly onAgenda: (agenda: Agenda) => void;
  /** The next 1:1's day, proposed as the record's date. */
  readonly proposedDate?: string | undefined;
  /** The latest close, while it can be undone. */
  readonly undo?: OneOnOneSpace['undo'];
  readonly onUndone?: (agenda: Agenda) => void;
}

/** Ends the 1:1: the agenda becomes a dated record and what was not discussed carries over. */
export function CloseSection({ chatId, agenda, lastDate, onClosed, onAgenda, proposedDate, undo, onUndone }: CloseSectionProps) {
  const chat = useItemStyles();
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus();
  const empty = agenda === undefined || agenda.items.length === 0;
  const close = () => {
    setOpen(false);
    focus.restore(heading.current);
  };
  return (
    <Section id="close-heading" title="Close this 1:1" headingRef={heading}>
      <Body1 as="p" className={chat.intro}>
        {empty
          ? 'Once there is an agenda, close the 1:1 when it is over: the agenda becomes a dated record and anything not discussed carries over.'
          : 'When the 1:1 is over, close it: the agenda becomes a dated record in the history, and everything not discussed carries over to the next agenda.'}
        {lastDate === undefined ? '' : ` The last 1:1 was closed on ${formatIsoDate(lastDate)}.`}
      </Body1>
      {undo == null || onUndone === undefined ? null : <UndoCloseBar chatId={chatId} undo={undo} date={lastDate} onUndone={onUndone} />}
      <div>
        <Button
          icon={<CheckmarkCircleRegular />}
          // Focusable even when there is nothing to close, so focus can come back here after a close empties the agenda.
          disabledFocusable={empty}
          onClick={(event) => {
            focus.remember(event.currentTarget);
            setOpen(true);
          }}
        >
          Close this 1:1
        </Button>
      </div>
      {open && agenda !== undefined ? (
        <CloseDialog
          chatId={chatId}
          agenda={agenda}
          proposedDate={proposedDate}
          onClosed={(result) => {
            onClosed(result);
            close();
          }}
          onAgenda={onAgenda}
          onCancel={close}
        />
      ) : null}
    </Section>
  );
}
