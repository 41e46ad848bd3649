import { Button, Checkbox, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { MAX_LINE_LENGTH } from '@domain/progressUpdate/progressUpdates';
import type { ShownLine } from './draftChoices';

const useStyles = makeStyles({
  // The text takes what the buttons leave, so every line's buttons line up on the right.
  // On a phone the buttons go under the text, so the text keeps the width.
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    '@media (max-width: 30rem)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  pick: { minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, '@media (max-width: 30rem)': { paddingLeft: '1.5rem' } },
  hint: { display: 'block', paddingLeft: '2rem', color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  edit: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '100%' },
  editActions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The id of a line's checkbox, so focus can move to it when a line next to it is dropped. */
export const lineInputId = (lineId: string) => `draft-line-${lineId}`;

/** Props of {@link DraftLineRow}. */
export interface DraftLineRowProps {
  readonly line: ShownLine;
  readonly onPick: (included: boolean) => void;
  readonly onEdit: (text: string) => void;
  readonly onDrop: () => void;
}

/** One line of the draft: a box to keep it in, its text (edited in place), and a way to drop it. */
export function DraftLineRow({ line, onPick, onEdit, onDrop }: DraftLineRowProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();
  const editButton = useRef<HTMLButtonElement>(null);
  const hintId = `line-hint-${line.id}`;

  const finish = (text: string | undefined) => {
    if (text !== undefined) {
      const trimmed = text.trim();
      if (trimmed === '') {
        setError('A line cannot be empty: drop it instead.');
        return;
      }
      if (trimmed.length > MAX_LINE_LENGTH) {
        setError(`At most ${String(MAX_LINE_LENGTH)} characters.`);
        return;
      }
      onEdit(trimmed);
    }
    setError(undefined);
    setEditing(undefined);
    // Back to the button that opened the edit, so keyboard users keep their place.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  if (editing !== undefined) {
    return (
      <li>
        {/* Inside the update's form: a group, not a nested form; Enter finishes, Escape cancels. */}
        <div className={styles.edit} role="group" aria-label="Edit the line">
          <Field label="Line" validationMessage={error}>
            <Textarea
              value={editing}
              resize="vertical"
              autoFocus
              onChange={(_event, data) => setEditing(data.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') finish(undefined);
                else if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  finish(editing);
                }
              }}
            />
          </Field>
          <div className={styles.editActions}>
            <Button appearance="primary" onClick={() => finish(editing)}>
              Done
            </Button>
            <Button onClick={() => finish(undefined)}>Cancel</Button>
          </div>
        </div>
      </li>
    );
  }

  return (
    <li>
      <div className={styles.row}>
        <div className={styles.pick}>
          <Checkbox id={lineInputId(line.id)} checked={line.included} label={line.text} aria-describedby={line.offered ? hintId : undefined} onChange={(_event, data) => onPick(data.checked === true)} />
          {line.offered ? (
            <Text id={hintId} size={200} className={styles.hint}>
              private — only if you pick it
            </Text>
          ) : null}
        </div>
        <div className={styles.actions}>
          <Button ref={editButton} appearance="subtle" icon={<EditRegular />} aria-label={`Edit “${line.text}”`} onClick={() => setEditing(line.text)}>
            Edit
          </Button>
          <Button appearance="subtle" icon={<DeleteRegular />} aria-label={`Drop “${line.text}”`} onClick={onDrop}>
            Drop
          </Button>
        </div>
      </div>
    </li>
  );
}
