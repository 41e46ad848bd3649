import { useState } from 'react';
import type { z } from 'zod';
import { toFieldErrors } from '@domain/problems';
import { ApiError, failureMessage } from './client';
import { splitFieldErrors } from './useItemForm';

/** What a dialog that sends one request shows: busy, and the errors by field and for above the form. */
export interface RequestForm {
  readonly busy: boolean;
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly formErrors: readonly string[];
  /** Checks `input` with the contract, sends it, and resolves true when it went through. */
  readonly run: (schema: z.ZodType, input: unknown, send: (body: unknown) => Promise<void>) => Promise<boolean>;
}

/** What a 404 and a 412 are told, in words of what the dialog is about. */
export interface RequestFormMessages {
  /** The thing the request was about is gone ("This question is no longer on the agenda"). */
  readonly notFound?: string;
  /** It changed since the dialog opened. */
  readonly changed?: string;
}

/**
 * One request from a dialog that is not an item's own form (those use useItemForm): checked
 * with the contract before sending, a 400 shown by its fields, a 404 or 412 said in the
 * dialog's words, anything else with the API's own sentence.
 */
export function useRequestForm(fields: readonly string[], messages: RequestFormMessages = {}): RequestForm {
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<readonly string[]>([]);
  const show = (errors: Parameters<typeof splitFieldErrors>[0]) => {
    const { byField, other } = splitFieldErrors(errors, fields);
    setFieldErrors(byField);
    setFormErrors(other);
  };
  return {
    busy,
    fieldErrors,
    formErrors,
    run: async (schema, input, send) => {
      if (busy) return false;
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        show(toFieldErrors(parsed.error));
        return false;
      }
      show([]);
      setBusy(true);
      try {
        await send(parsed.data);
        setBusy(false);
        return true;
      } catch (error) {
        setBusy(false);
        if (error instanceof ApiError && error.status === 400 && (error.problem?.errors?.length ?? 0) > 0) show(error.problem?.errors ?? []);
        else if (error instanceof ApiError && error.status === 404 && messages.notFound !== undefined) setFormErrors([messages.notFound]);
        else if (error instanceof ApiError && error.status === 412 && messages.changed !== undefined) setFormErrors([messages.changed]);
        else setFormErrors([failureMessage(error)]);
        return false;
      }
    },
  };
}
