import { LIMITS } from '../domain/common';
import type { LoggedKind } from '../domain/messages/guessKind';

/** The fields of the "Log in Upward" form, as the card submits them (all strings but `shared`). */
export interface LogItemForm {
  readonly kind: LoggedKind;
  readonly title: string;
  readonly details: string;
  readonly dueDate: string;
  readonly toWhom: string;
  readonly impact: string;
  readonly winDate: string;
  readonly goalId: string;
  readonly shared: boolean;
}

/** A card field that can carry an error, or `form` for errors about the whole form. */
export type FormField = keyof LogItemForm | 'form';

/** What the form shows besides its values. */
export interface LogItemFormView {
  readonly form: LogItemForm;
  /** My active goals, for the "goal it advances" choice. */
  readonly goals: readonly { readonly id: string; readonly title: string }[];
  readonly errors: Partial<Record<FormField, string>>;
  /** What the user should know about a field's value, such as that it was shortened to fit. */
  readonly notes?: Partial<Record<FormField, string>>;
  /** Who wrote the message, shown above the form so the user knows what they are logging. */
  readonly authorName: string | undefined;
  /** Sent back with the submission, in case Teams leaves the message out of it. */
  readonly context: Readonly<Record<string, string>>;
}

/** An Adaptive Card, as plain JSON. */
export type AdaptiveCard = Record<string, unknown>;

/** The form's Action.Submit carries this marker, so other submissions are not mistaken for it. */
export const SUBMIT_MARKER = 'upward.logItem';

function error(view: LogItemFormView, field: FormField): Record<string, unknown>[] {
  const message = view.errors[field];
  if (message === undefined) return [];
  return [{ type: 'TextBlock', id: `${field}Error`, text: message, color: 'attention', size: 'small', wrap: true, spacing: 'none' }];
}

/**
 * The field's limit, said next to it. The inputs carry no `maxLength`: clients that honour it
 * cut a longer paste without a word, so a longer value reaches the server, which refuses it
 * with the field's error and keeps what was typed to fix.
 */
function limit(view: LogItemFormView, field: FormField, max: number): Record<string, unknown>[] {
  const note = view.notes?.[field];
  const text = `Up to ${max.toLocaleString('en-US')} characters.${note === undefined ? '' : ` ${note}`}`;
  return [{ type: 'TextBlock', id: `${field}Note`, text, isSubtle: true, size: 'small', wrap: true, spacing: 'none' }];
}

function heading(text: string): Record<string, unknown> {
  return { type: 'TextBlock', text, weight: 'bolder', wrap: true, spacing: 'large', separator: true };
}

/**
 * The "Log in Upward" form: kind, title and details, then the commitment fields and the win
 * fields in their own sections (a card cannot show fields depending on another field's value),
 * then "share in my 1:1". Server-side errors appear right under the field they are about.
 */
export function logItemCard(view: LogItemFormView): AdaptiveCard {
  const { form } = view;
  const goalChoices = view.goals.map((goal) => ({ title: goal.title, value: goal.id }));
  if (form.goalId !== '' && !goalChoices.some((choice) => choice.value === form.goalId)) {
    // Keep a choice the user made even when the goal list could not be loaded again.
    goalChoices.push({ title: 'The goal you picked', value: form.goalId });
  }
  const goalInput =
    goalChoices.length === 0
      ? [{ type: 'TextBlock', text: 'No active goals yet. Add them in Upward to link wins to them.', isSubtle: true, wrap: true, size: 'small' }]
      : [
          {
            type: 'Input.ChoiceSet',
            id: 'goalId',
            label: 'Goal it advances',
            style: 'compact',
            placeholder: 'None',
            value: form.goalId,
            choices: [{ title: 'None', value: '' }, ...goalChoices],
          },
        ];

  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      ...(view.authorName === undefined
        ? []
        : [{ type: 'TextBlock', text: `From a message by ${view.authorName}`, isSubtle: true, wrap: true, size: 'small' }]),
      ...error(view, 'form'),
      {
        type: 'Input.ChoiceSet',
        id: 'kind',
        label: 'This is',
        style: 'expanded',
        isRequired: true,
        errorMessage: 'Choose commitment or win.',
        value: form.kind,
        choices: [
          { title: 'A commitment: something I promised', value: 'commitment' },
          { title: 'A win: something I achieved or was thanked for', value: 'win' },
        ],
      },
      ...error(view, 'kind'),
      {
        type: 'Input.Text',
        id: 'title',
        label: 'Title',
        isRequired: true,
        errorMessage: 'Give it a title.',
        value: form.title,
      },
      ...limit(view, 'title', LIMITS.title),
      ...error(view, 'title'),
      { type: 'Input.Text', id: 'details', label: 'Details', isMultiline: true, value: form.details },
      ...limit(view, 'details', LIMITS.text),
      ...error(view, 'details'),
      heading('If it is a commitment'),
      { type: 'Input.Date', id: 'dueDate', label: 'Due date', value: form.dueDate },
      ...error(view, 'dueDate'),
      { type: 'Input.Text', id: 'toWhom', label: 'To whom', placeholder: 'Who is counting on it', value: form.toWhom },
      ...limit(view, 'toWhom', LIMITS.name),
      ...error(view, 'toWhom'),
      heading('If it is a win'),
      {
        type: 'Input.Text',
        id: 'impact',
        label: 'Impact',
        isMultiline: true,
        placeholder: 'What changed because of it, for whom',
        value: form.impact,
      },
      ...limit(view, 'impact', LIMITS.text),
      ...error(view, 'impact'),
      { type: 'Input.Date', id: 'winDate', label: 'Date of the win', value: form.winDate },
      ...error(view, 'winDate'),
      ...goalInput,
      ...error(view, 'goalId'),
      {
        type: 'Input.Toggle',
        id: 'shared',
        title: 'Share in my 1:1',
        value: form.shared ? 'true' : 'false',
        valueOn: 'true',
        valueOff: 'false',
        separator: true,
        spacing: 'large',
      },
      ...error(view, 'shared'),
    ],
    actions: [{ type: 'Action.Submit', title: 'Save', data: { [SUBMIT_MARKER]: view.context } }],
  };
}
