import { Body1, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { oneOnOneRecordSchema, type OneOnOneRecord } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { useResource } from '../../shared/api/useResource';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { Pill } from '../../shared/ui/Pill';
import { chatPath } from './chatPaths';
import { carriedOverText } from './closeSummary';
import { personLabel } from './people';
import { RecordShared } from './RecordShared';
import { useItemStyles } from '../../shared/ui/useItemStyles';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** One past 1:1's agenda as it was closed: each item, discussed or carried over, and its outcome. */
export function RecordDetails({ chatId, recordId, me }: { chatId: string; recordId: string; me: string }) {
  const chat = useItemStyles();
  const styles = useStyles();
  const api = useApi();
  const { state, reload } = useResource<OneOnOneRecord>(async () =>
    oneOnOneRecordSchema.parse(await api.get<unknown>(chatPath(chatId, `/records/${encodeURIComponent(recordId)}`))),
  );
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />;
  if (state.data === undefined) return <Spinner size="tiny" label="Loading this 1:1" />;
  const record = state.data;
  return (
    <>
      <ul className={chat.list} aria-label={`Agenda of the 1:1 on ${record.date}`}>
        {record.items.map((item) => (
          <li key={item.id} className={styles.item}>
            <div className={styles.head}>
              <Body1 className={styles.title}>{item.title}</Body1>
              <Pill tone={item.discussed ? 'success' : 'neutral'}>{item.discussed ? 'Discussed' : 'Not discussed: carried over'}</Pill>
            </div>
            {item.outcome === '' ? null : <Body1 className={chat.text}>Outcome: {item.outcome}</Body1>}
            {item.notes === '' ? null : <Caption1 className={chat.text}>{item.notes}</Caption1>}
            <Caption1 className={chat.meta}>
              {`Added by ${personLabel(item.addedBy, me)}`}
              {item.carriedOver === undefined ? '' : ` · ${carriedOverText(item.carriedOver)}`}
            </Caption1>
          </li>
        ))}
        {record.items.length === 0 ? <li>Nothing was on the agenda.</li> : null}
      </ul>
      <RecordShared shared={record.shared} date={record.date} />
    </>
  );
}
