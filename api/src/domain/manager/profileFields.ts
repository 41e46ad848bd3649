import type { QuestionId } from '../questionBank';

/** The fields of "How they work", in the order the profile shows them. */
export const PROFILE_FIELD_IDS = ['success', 'pressures', 'channel', 'cadence', 'format', 'order', 'openTimes', 'followUp', 'feedback', 'annoyances'] as const;
export type ProfileFieldId = (typeof PROFILE_FIELD_IDS)[number];

/** One field of the profile: what it asks, examples of an answer, the choices it offers (if any), and the bank question that confirms it. */
export interface ProfileField {
  readonly id: ProfileFieldId;
  readonly label: string;
  readonly examples: string;
  /** A field with choices keeps its latest entry's choice as the manager's preference (for updates in their format). */
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
  readonly questionId: QuestionId;
}

/** What each field is about. The choices' values are stored: never rename one. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  { id: 'success', label: 'How they measure success', examples: 'e.g. “Quarterly churn below 2%; the board reads the NPS slide first”', questionId: 'success-measures' },
  { id: 'pressures', label: 'Pressures and stressors right now', examples: 'e.g. “Headcount freeze; the migration is a quarter late”', questionId: 'stressor-pressure' },
  {
    id: 'channel',
    label: 'Preferred channel for updates',
    examples: 'e.g. “Chat for quick things, email for anything with numbers”',
    choices: [
      { value: 'chat', label: 'Chat' },
      { value: 'email', label: 'Email' },
      { value: 'call', label: 'Call' },
      { value: 'inPerson', label: 'In person' },
    ],
    questionId: 'update-style',
  },
  {
    id: 'cadence',
    label: 'How often they want updates',
    examples: 'e.g. “A written note every Friday; flag slips the same day”',
    choices: [
      { value: 'daily', label: 'Daily' },
      { value: 'weekly', label: 'Weekly' },
      { value: 'fortnightly', label: 'Every two weeks' },
      { value: 'monthly', label: 'Monthly' },
    ],
    questionId: 'update-rhythm',
  },
  {
    id: 'format',
    label: 'Update format',
    examples: 'e.g. “Three bullets, detail only if asked”',
    choices: [
      { value: 'bullets', label: 'Quick bullets' },
      { value: 'detail', label: 'Detail' },
    ],
    questionId: 'update-detail',
  },
  {
    id: 'order',
    label: 'Numbers or story first',
    examples: 'e.g. “Lead with the metric, then why it moved”',
    choices: [
      { value: 'numbersFirst', label: 'Numbers first' },
      { value: 'storyFirst', label: 'Story first' },
    ],
    questionId: 'update-detail',
  },
  { id: 'openTimes', label: 'When they are most open, and when to avoid', examples: 'e.g. “Tuesday afternoons; never before the Monday staff meeting”', questionId: 'timing-best' },
  { id: 'followUp', label: 'How they set goals and follow up on commitments', examples: 'e.g. “Sets quarterly OKRs, checks commitments in every 1:1”', questionId: 'goals-follow-up' },
  { id: 'feedback', label: 'How they give and like to receive feedback', examples: 'e.g. “Direct, in private, straight after the meeting”', questionId: 'feedback-how' },
  { id: 'annoyances', label: 'Things that annoy them', examples: 'e.g. “Surprises in front of their boss; decks without a summary”', questionId: 'stressor-pet-peeve' },
];

/** The field with this id. */
export function profileField(id: ProfileFieldId): ProfileField {
  const field = PROFILE_FIELDS.find((candidate) => candidate.id === id);
  // PROFILE_FIELD_IDS and PROFILE_FIELDS are declared together; a unit test keeps them in step.
  if (field === undefined) throw new Error(`Profile field ${id} is missing.`);
  return field;
}
