import type { UpdateDraft } from '@domain/progressUpdate/progressUpdates';
import type { SentLine } from '@domain/progressUpdate/updateText';

/** A line of the draft as the API wrote it. */
export type DraftLine = UpdateDraft['lines'][number];

/** What I decided about one line: picked or not, my own words, or dropped. Unset fields follow the draft. */
export interface LineChoice {
  readonly included?: boolean;
  readonly text?: string;
  readonly dropped?: boolean;
}

/**
 * My choices by line id. They are kept apart from the draft so a re-draft (another style, another
 * chat) keeps them wherever the new draft has a line with the same id.
 */
export type DraftChoices = ReadonlyMap<string, LineChoice>;

/** A line as the editor shows it: the draft's line with my choices applied. */
export interface ShownLine {
  readonly id: string;
  readonly section: DraftLine['section'];
  readonly text: string;
  readonly included: boolean;
  /** Offered but private to me: it leaves only if I pick it. */
  readonly offered: boolean;
  readonly edited: boolean;
}

/** `choices` with `change` merged into the choice for line `id`. */
export function withChoice(choices: DraftChoices, id: string, change: LineChoice): DraftChoices {
  const next = new Map(choices);
  next.set(id, { ...choices.get(id), ...change });
  return next;
}

/** The lines still in the update (dropped ones left out), with my picks and edits on them. */
export function shownLines(lines: readonly DraftLine[], choices: DraftChoices): ShownLine[] {
  return lines.flatMap((line) => {
    const choice = choices.get(line.id);
    if (choice?.dropped === true) return [];
    const text = choice?.text ?? line.text;
    return [{ id: line.id, section: line.section, text, included: choice?.included ?? line.included, offered: !line.included, edited: text !== line.text }];
  });
}

/** The draft's lines I dropped, to offer them back. */
export function droppedLines(lines: readonly DraftLine[], choices: DraftChoices): DraftLine[] {
  return lines.filter((line) => choices.get(line.id)?.dropped === true);
}

/** What leaves: only the lines ticked and not dropped, in the draft's order, in my words. */
export function keptLines(lines: readonly DraftLine[], choices: DraftChoices): SentLine[] {
  return shownLines(lines, choices)
    .filter((line) => line.included)
    .map((line) => ({ section: line.section, text: line.text }));
}
