import { feedbackInputSchema, type FeedbackInput } from '../domain/feedback';
import { toFieldErrors } from '../domain/problems';
import { formErrors } from './logItem';
import type { FormField, LogItemForm } from './logItemCard';

/** The contract's names for feedback's fields mapped to the form's. */
export const FEEDBACK_FIELD_OF: Readonly<Record<string, FormField>> = { giver: 'giver', text: 'feedbackText', about: 'form', 'about.id': 'form' };

/** Checks feedback from the form with the feedback contract: field errors, or what to save. `receivedOn` is the day of the message. */
export function parseFeedback(form: LogItemForm, receivedOn: string): FeedbackInput | Partial<Record<FormField, string>> {
  const parsed = feedbackInputSchema.safeParse({ giver: form.giver, text: form.feedbackText, receivedOn, origin: 'message' });
  return parsed.success ? parsed.data : formErrors(FEEDBACK_FIELD_OF, toFieldErrors(parsed.error));
}

/** What the dialog says once it is saved: where it went, and that it is private. */
export function savedFeedbackText(feedback: { giver: string }): string {
  return `Saved as feedback from ${feedback.giver}. Only you can see it, in Upward's Feedback.`;
}
