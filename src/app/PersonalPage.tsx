import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { Overview } from '../../api/src/domain/overview';
import { useApi } from '../shared/api/ApiContext';
import { useResource } from '../shared/api/useResource';
import { ErrorNotice } from '../shared/ui/ErrorNotice';
import { ListSkeleton } from '../shared/ui/ListSkeleton';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The personal tab: my career goals and my wins. */
export function PersonalPage() {
  const styles = useStyles();
  const api = useApi();
  const { state, reload } = useResource(() => api.get<Overview>('/me/overview'));
  return (
    <main className={styles.page}>
      <Title2 as="h1">My goals and wins</Title2>
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      {state.data === undefined ? (
        <ListSkeleton label="Loading your goals and wins" />
      ) : (
        <Body1>
          {state.data.goals.length} goals, {state.data.wins.length} wins
        </Body1>
      )}
    </main>
  );
}
