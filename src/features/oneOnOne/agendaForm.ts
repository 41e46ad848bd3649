import type { z } from 'zod';
import type { AgendaItem, agendaItemInputSchema, agendaItemUpdateSchema } from '@domain/oneOnOne';

/** An agenda item's fields as a form holds them. */
export interface AgendaDraft {
  readonly title: string;
  readonly notes: string;
  readonly discussed: boolean;
  readonly outcome: string;
}

/** What the add form shows, by contract path. */
export const ADD_FIELDS = ['title', 'notes'] as const;
/** What the edit form shows, by contract path. */
export const EDIT_FIELDS = ['title', 'notes', 'discussed', 'outcome'] as const;

/** The form's starting values: the item edited, or an empty new one. */
export function agendaItemToDraft(item: AgendaItem | undefined): AgendaDraft {
  return { title: item?.title ?? '', notes: item?.notes ?? '', discussed: item?.discussed ?? false, outcome: item?.outcome ?? '' };
}

/** The body that adds a talking point, or a question written by hand. */
export function addInput(draft: AgendaDraft, kind: 'topic' | 'question'): z.input<typeof agendaItemInputSchema> {
  return { title: draft.title, notes: draft.notes, kind };
}

/** The body that replaces an item's editable state. */
export function updateInput(draft: AgendaDraft): z.input<typeof agendaItemUpdateSchema> {
  return { title: draft.title, notes: draft.notes, discussed: draft.discussed, outcome: draft.outcome };
}

/** The body that marks an item discussed or not, keeping everything else as the version shown. */
export function discussedInput(item: AgendaItem, discussed: boolean): z.input<typeof agendaItemUpdateSchema> {
  return updateInput({ ...agendaItemToDraft(item), discussed });
}

/** What a dialog about an agenda item says when the item was removed meanwhile. */
export const NO_LONGER_ON_AGENDA = 'This question is no longer on the agenda: someone removed it.';
