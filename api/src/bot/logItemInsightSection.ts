import { LIMITS } from '../domain/common';
import { PROFILE_FIELDS } from '../domain/manager/profileFields';
import type { LogItemFormView } from './logItemCard';
import { error, heading, limit } from './logItemCardParts';

/**
 * The form's section for an insight about my manager: which "How they work" field it goes in
 * and what it says, and, when I have no profile of my manager yet, the name the new one gets.
 * The field's short choices (channel, cadence...) are left to the My manager tab: one more
 * input here would stand for four different lists.
 */
export function insightSection(view: LogItemFormView): Record<string, unknown>[] {
  const { form, manager } = view;
  return [
    heading(`If it is about how ${manager?.name ?? 'my manager'} works`),
    {
      type: 'TextBlock',
      text: 'Private: saved to your own profile in My manager, never shared in your 1:1 or posted to the chat.',
      isSubtle: true,
      size: 'small',
      wrap: true,
      spacing: 'none',
    },
    {
      type: 'Input.ChoiceSet',
      id: 'field',
      label: 'Which part of how they work',
      style: 'compact',
      value: form.field,
      choices: PROFILE_FIELDS.map((field) => ({ title: field.label, value: field.id })),
    },
    ...error(view, 'field'),
    { type: 'Input.Text', id: 'insightText', label: 'What I learned', isMultiline: true, value: form.insightText },
    ...limit(view, 'insightText', LIMITS.text),
    ...error(view, 'insightText'),
    ...(manager === undefined
      ? [
          { type: 'Input.Text', id: 'managerName', label: 'My manager’s name', placeholder: 'Starts your profile of them', value: form.managerName },
          ...limit(view, 'managerName', LIMITS.name),
          ...error(view, 'managerName'),
        ]
      : []),
  ];
}
