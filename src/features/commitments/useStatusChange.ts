import { useState } from 'react';
import type { Commitment, CommitmentStatus } from '@domain/commitments';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage } from '../../shared/api/client';
import { withStatus } from './commitmentForm';
import { replaceCommitment } from './commitmentsApi';

/** A status change that did not go through, in words for the user. */
export interface StatusNotice {
  readonly intent: 'warning' | 'error';
  readonly text: string;
}

/**
 * One-click status changes (reopen, drop, undo a drop) against the version shown (If-Match).
 * Nothing is overwritten blindly: if the commitment changed elsewhere, the list is reloaded
 * and the user is told to look again; if it is gone, it leaves the list.
 */
export function useStatusChange(handlers: { onSaved: (commitment: Commitment) => void; onGone: (commitment: Commitment) => void; onStale: () => void }) {
  const api = useApi();
  const [busyId, setBusyId] = useState<string>();
  const [notice, setNotice] = useState<StatusNotice>();

  const change = async (commitment: Commitment, status: CommitmentStatus): Promise<Commitment | undefined> => {
    setBusyId(commitment.id);
    setNotice(undefined);
    try {
      const saved = await replaceCommitment(api, commitment, withStatus(commitment, status));
      handlers.onSaved(saved);
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        handlers.onStale();
        setNotice({ intent: 'warning', text: `“${commitment.title}” was changed in another window. The list now shows the newer version: check it and try again.` });
      } else if (error instanceof ApiError && error.status === 404) {
        handlers.onGone(commitment);
        setNotice({ intent: 'warning', text: `“${commitment.title}” was deleted in another window.` });
      } else {
        setNotice({ intent: 'error', text: failureMessage(error) });
      }
      return undefined;
    } finally {
      setBusyId(undefined);
    }
  };

  return { busyId, notice, clearNotice: () => setNotice(undefined), change };
}
