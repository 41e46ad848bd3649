import { commitmentInputSchema, FUTURE_DONE_MESSAGE } from '@domain/commitments';

/**
 * The contract's input schema, plus a stricter form of one of its rules: a commitment cannot
 * have been done after `today`, the user's own calendar day (the server, not knowing the
 * user's time zone, only refuses days that have not begun anywhere). Imported only
 * by the dialogs, which load on demand, so zod stays out of the first bundle.
 */
export function commitmentFormSchema(today: string) {
  return commitmentInputSchema.refine((commitment) => commitment.doneOn === undefined || commitment.doneOn <= today, {
    message: FUTURE_DONE_MESSAGE,
    path: ['doneOn'],
  });
}
