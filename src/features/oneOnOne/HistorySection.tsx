import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { RECENT_RECORDS, recordPageSchema, type OneOnOneSpace, type RecordSummary } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError } from '../../shared/api/client';
import { EmptyState } from '../../shared/ui/EmptyState';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { Section } from '../../shared/ui/Section';
import { chatPath } from './chatPaths';
import { recordLine } from './closeSummary';
import { mergeRecords } from './recordList';
import { RecordDetails } from './RecordDetails';
import { useItemStyles } from '../../shared/ui/useItemStyles';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

function RecordEntry({ chatId, summary, me }: { chatId: string; summary: RecordSummary; me: string }) {
  const chat = useItemStyles();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId('record-');
  const date = formatIsoDate(summary.date);
  return (
    <article className={chat.card} aria-label={`1:1 on ${date}`}>
      <div className={styles.head}>
        <Subtitle2 as="h3" className={chat.title}>
          <time dateTime={summary.date}>{date}</time>
        </Subtitle2>
        <Button
          appearance="subtle"
          size="small"
          icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={expanded}
          aria-controls={detailsId}
          aria-label={`${expanded ? 'Hide' : 'Show'} the agenda of the 1:1 on ${date}`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Hide' : 'Show'}
        </Button>
      </div>
      <Caption1 className={chat.meta}>{recordLine(summary, me)}</Caption1>
      <div id={detailsId}>{expanded ? <RecordDetails chatId={chatId} recordId={summary.id} me={me} /> : null}</div>
    </article>
  );
}

/** Past 1:1s, newest first: the latest ones come with the space, older ones a page at a time. */
export function HistorySection({ chatId, space }: { chatId: string; space: OneOnOneSpace | undefined }) {
  const chat = useItemStyles();
  const styles = useStyles();
  const api = useApi();
  const [older, setOlder] = useState<{ items: RecordSummary[]; cursor: string | undefined }>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();

  const loadMore = async () => {
    setLoading(true);
    setError(undefined);
    try {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (older?.cursor !== undefined) query.set('cursor', older.cursor);
      const page = recordPageSchema.parse(await api.get<unknown>(`${chatPath(chatId, '/records')}?${query.toString()}`));
      setOlder({ items: [...(older?.items ?? []), ...page.items], cursor: page.nextCursor });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.userMessage : 'That did not work. Try again.');
    } finally {
      setLoading(false);
    }
  };

  // The full list, once asked for, replaces the recent ones the space brought (it starts with them).
  const records = older === undefined ? (space?.recentRecords ?? []) : mergeRecords(space?.recentRecords ?? [], older.items);
  // The space brings at most RECENT_RECORDS; fewer means there is nothing older.
  const more = older === undefined ? (space?.recentRecords.length ?? 0) >= RECENT_RECORDS : older.cursor !== undefined;

  return (
    <Section id="history-heading" title="History">
      {space === undefined ? (
        <ListSkeleton rows={2} label="Loading past 1:1s" />
      ) : records.length === 0 ? (
        <EmptyState title="No 1:1s closed yet">When you close a 1:1, its agenda is kept here with the date, what was discussed and what came of it.</EmptyState>
      ) : (
        <>
          <ul className={chat.list}>
            {records.map((summary) => (
              <li key={summary.id}>
                <RecordEntry chatId={chatId} summary={summary} me={space.me} />
              </li>
            ))}
          </ul>
          {error === undefined ? null : (
            <Body1 role="alert" className={styles.error}>
              {error}
            </Body1>
          )}
          {more ? (
            <div>
              <Button disabledFocusable={loading} onClick={() => void loadMore()}>
                {loading ? 'Loading…' : older === undefined ? 'Show all past 1:1s' : 'Show more'}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Section>
  );
}
