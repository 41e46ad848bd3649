import { commitmentInputSchema } from '../../../api/src/domain/commitments';

/** What the forms say when a done date lies ahead. */
export const FUTURE_DONE_MESSAGE = 'Pick today or an earlier day: it cannot be done yet.';

/**
 * The contract's input schema, plus one rule of the tab's own: a commitment cannot have been
 * done after `today` (the user's calendar day, which the server does not know). Imported only
 * by the dialogs, which load on demand, so zod stays out of the first bundle.
 */
export function commitmentFormSchema(today: string) {
  return commitmentInputSchema.refine((commitment) => commitment.doneOn === undefined || commitment.doneOn <= today, {
    message: FUTURE_DONE_MESSAGE,
    path: ['doneOn'],
  });
}
