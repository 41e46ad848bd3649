import { useCallback } from 'react';
import type { Commitment } from '../../../api/src/domain/commitments';
import { useApi } from '../../shared/api/ApiContext';
import { removeItem, upsertItem } from '../../shared/api/itemList';
import { useResource } from '../../shared/api/useResource';
import { todayIsoDate } from '../../shared/ui/localDate';
import { loadAllCommitments, loadSummary } from './commitmentsApi';

/**
 * The commitments and the follow-through figure, each loaded from its own endpoint. After
 * any change the figure is fetched again, so the rule stays the server's alone.
 */
export function useCommitments() {
  const api = useApi();
  const list = useResource(() => loadAllCommitments(api));
  const summary = useResource(() => loadSummary(api, todayIsoDate()));
  const { mutate, reload: reloadList } = list;
  const reloadSummary = summary.reload;

  const put = useCallback(
    (commitment: Commitment) => {
      mutate((items) => upsertItem(items, commitment));
      void reloadSummary();
    },
    [mutate, reloadSummary],
  );
  const remove = useCallback(
    (commitment: Commitment) => {
      mutate((items) => removeItem(items, commitment.id));
      void reloadSummary();
    },
    [mutate, reloadSummary],
  );
  const reloadAll = useCallback(() => {
    void reloadList();
    void reloadSummary();
  }, [reloadList, reloadSummary]);

  return { list: list.state, summary: summary.state, put, remove, reloadAll, reloadSummary };
}
