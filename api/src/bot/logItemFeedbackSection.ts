import { LIMITS } from '../domain/common';
import type { LogItemFormView } from './logItemCard';
import { error, heading, limit } from './logItemCardParts';

/**
 * The form's section for feedback someone gave me: who gave it (the message's author, when
 * someone else wrote it) and what they said (the message). The day is the message's; which
 * of my items it is about, and what I do with it, are for the Feedback screen.
 */
export function feedbackSection(view: LogItemFormView): Record<string, unknown>[] {
  const { form } = view;
  return [
    heading('If it is feedback someone gave me'),
    {
      type: 'TextBlock',
      text: 'Private: saved to your own Feedback in Upward, with who gave it; never shared in your 1:1 or posted to the chat.',
      isSubtle: true,
      size: 'small',
      wrap: true,
      spacing: 'none',
    },
    { type: 'Input.Text', id: 'giver', label: 'Who gave it', value: form.giver },
    ...limit(view, 'giver', LIMITS.name),
    ...error(view, 'giver'),
    { type: 'Input.Text', id: 'feedbackText', label: 'What they said', isMultiline: true, value: form.feedbackText },
    ...limit(view, 'feedbackText', LIMITS.text),
    ...error(view, 'feedbackText'),
  ];
}
