import { MAX_OPTIONS, MIN_OPTIONS, headsUpInputSchema, type HeadsUpInput } from '@domain/headsUps/headsUp';

/** The heads-up form as typed: every field a string, options as rows. */
export interface HeadsUpDraft {
  readonly risk: string;
  readonly byWhen: string;
  readonly affects: string;
  readonly options: readonly { readonly title: string; readonly cost: string }[];
  /** Index of the recommended option, as the radio group's value; '' until picked. */
  readonly recommended: string;
  readonly decideBy: string;
}

/** A fresh form: two empty options, nothing recommended yet. */
export const EMPTY_HEADS_UP: HeadsUpDraft = { risk: '', byWhen: '', affects: '', options: [{ title: '', cost: '' }, { title: '', cost: '' }], recommended: '', decideBy: '' };

/** Messages that say what to do, by field path (`options.1.cost`), for the fields whose contract message says only what is wrong. */
const HINTS = {
  risk: 'Say what may go wrong.',
  byWhen: 'Pick the date it would happen by.',
  decideBy: 'Pick the date you need a decision by.',
  recommended: 'Pick the option you recommend.',
} as const;

function isHinted(path: string): path is keyof typeof HINTS {
  return path in HINTS;
}

/** What to tell a field the contract refused: what to do when it was left empty, the contract's own message otherwise. */
function hintFor(draft: HeadsUpDraft, path: string, message: string): string {
  if (isHinted(path) && draft[path].trim() === '') return HINTS[path];
  if (/^options\.\d+\.title$/.test(path) && message === 'Required.') return 'Name this option.';
  return message;
}

/** The draft as the contract's input, or the field errors to show (path → message). */
export function headsUpFromDraft(draft: HeadsUpDraft): { readonly input: HeadsUpInput } | { readonly errors: Record<string, string> } {
  const parsed = headsUpInputSchema.safeParse({
    risk: draft.risk,
    byWhen: draft.byWhen,
    affects: draft.affects,
    options: draft.options,
    recommended: draft.recommended === '' ? -1 : Number(draft.recommended),
    decideBy: draft.decideBy,
  });
  if (parsed.success) return { input: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    // The first message of a field is the one shown.
    errors[path] ??= hintFor(draft, path, issue.message);
  }
  return { errors };
}

/** Whether another option row may be added, or one removed. */
export function optionRowsAllow(count: number): { readonly add: boolean; readonly remove: boolean } {
  return { add: count < MAX_OPTIONS, remove: count > MIN_OPTIONS };
}
