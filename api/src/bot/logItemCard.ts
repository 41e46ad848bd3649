import { LIMITS } from '../domain/common';
import type { LoggedKind } from '../domain/messages/guessKind';
import { error, heading, limit } from './logItemCardParts';
import { feedbackSection } from './logItemFeedbackSection';
import { insightSection } from './logItemInsightSection';

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
  /** For an insight: the "How they work" field id it goes in (as submitted, so possibly unknown). */
  readonly field: string;
  readonly insightText: string;
  /** For an insight when I have no manager profile yet: the name the new profile gets. */
  readonly managerName: string;
  /** For feedback: who gave it and what they said. */
  readonly giver: string;
  readonly feedbackText: string;
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
  /** My current manager's profile, which an insight is saved to; undefined when I have none yet. */
  readonly manager: { readonly id: string; readonly name: string } | undefined;
}

/** An Adaptive Card, as plain JSON. */
export type AdaptiveCard = Record<string, unknown>;

/** What the form says when no kind is chosen. */
export const CHOOSE_KIND = 'Choose commitment, win, insight about my manager or feedback.';

/** The form's Action.Submit carries this marker, so other submissions are not mistaken for it. */
export const SUBMIT_MARKER = 'upward.logItem';

/**
 * The "Log in Upward" form: kind, title and details, then the commitment fields, the win
 * fields and the insight fields in their own sections (a card cannot show fields depending on
 * another field's value), then "share in my 1:1". Server-side errors appear right under the field they are about.
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
        errorMessage: CHOOSE_KIND,
        value: form.kind,
        choices: [
          { title: 'A commitment: something I promised', value: 'commitment' },
          { title: 'A win: something I achieved or was thanked for', value: 'win' },
          { title: 'An insight about my manager: how they work', value: 'insight' },
          { title: 'Feedback: what someone told me about my work', value: 'feedback' },
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
      ...insightSection(view),
      ...feedbackSection(view),
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
    // The profile the form was opened for goes back with it, so a save never lands in another.
    actions: [{ type: 'Action.Submit', title: 'Save', data: { [SUBMIT_MARKER]: view.context, profileId: view.manager?.id ?? '' } }],
  };
}
