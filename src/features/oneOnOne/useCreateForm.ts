import { useState } from 'react';
import { ApiError, failureMessage, newIdempotencyKey } from '../../shared/api/client';

/** The state of a form that creates something in the 1:1, and its one way to send. */
export interface CreateForm {
  /** Field errors by path (`options.1.cost`), from the contract check before sending or the API's 400. */
  readonly errors: Readonly<Record<string, string>>;
  readonly setErrors: (errors: Record<string, string>) => void;
  /** What went wrong with the send, in words for the user. */
  readonly failure: string | undefined;
  readonly busy: boolean;
  /** A new Idempotency-Key: after any edit, so a changed form is a new create and not a retry. */
  readonly renewKey: () => void;
  /** Runs `create` with the form's key; a 400 shows its field errors, anything else its message. */
  readonly send: (create: (idempotencyKey: string) => Promise<void>) => Promise<void>;
}

/** One Idempotency-Key per thing created, kept while the form is unchanged, so a retried send creates it once. */
export function useCreateForm(): CreateForm {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const renewKey = () => setKey(newIdempotencyKey());
  const send = async (create: (idempotencyKey: string) => Promise<void>) => {
    setBusy(true);
    setErrors({});
    setFailure(undefined);
    try {
      await create(key);
      renewKey();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 400) setErrors(caught.fieldErrors);
      setFailure(failureMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, failure, busy, renewKey, send };
}
