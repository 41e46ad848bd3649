import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { OneOnOneSpace, SharedWin } from '@domain/oneOnOne';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ExternalLink, isHttpUrl } from '../../shared/ui/ExternalLink';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { Section } from '../../shared/ui/Section';
import { personLabel, sentenceStart } from './people';
import { useItemStyles } from '../../shared/ui/useItemStyles';

function SharedWinList({ wins, me, label }: { wins: readonly SharedWin[]; me: string; label?: string }) {
  const chat = useItemStyles();
  return (
    <ul className={chat.list} aria-label={label}>
      {wins.map((win) => (
        <li key={`${win.ownerObjectId}/${win.id}`}>
          <article className={chat.card} aria-label={win.title}>
            <Caption1 className={chat.meta}>
              <time dateTime={win.date}>{formatIsoDate(win.date)}</time>
              <span>{`${sentenceStart(personLabel({ objectId: win.ownerObjectId, name: win.ownerName }, me))}`}</span>
              {win.goal === undefined ? null : <span>{`Goal: ${win.goal.title}`}</span>}
            </Caption1>
            <Subtitle2 as="h3" className={chat.title}>
              {win.title}
            </Subtitle2>
            {win.impact === '' ? null : <Body1 className={chat.text}>{win.impact}</Body1>}
            {/* The API refuses other schemes; a link only for http(s) is the second lock. */}
            {win.evidenceUrl === undefined || !isHttpUrl(win.evidenceUrl) ? null : (
              <ExternalLink href={win.evidenceUrl} label={`Evidence for ${win.title}`}>
                Evidence
              </ExternalLink>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Wins shared since the last 1:1, newest first; those from before it stay below, under "Shared before". */
export function SharedWinsSection({ space }: { space: OneOnOneSpace | undefined }) {
  const chat = useItemStyles();
  const since = space?.lastOneOnOne === null || space === undefined ? undefined : formatIsoDate(space.lastOneOnOne.date);
  return (
    <Section id="wins-heading" title="Shared wins">
      {space === undefined ? (
        <ListSkeleton rows={2} label="Loading shared wins" />
      ) : (
        <>
          <Body1 as="p" className={chat.intro}>
            {since === undefined ? 'Wins shared so far.' : `Wins shared since the last 1:1 on ${since}.`}
          </Body1>
          {!space.sharedItemsAvailable ? null : space.sharedWins.length === 0 ? (
            space.earlierSharedWins.length > 0 ? (
              <Body1 as="p">No new wins since the last 1:1.</Body1>
            ) : (
              <EmptyState title="No shared wins yet">
                Wins appear here when their owner turns on “Share in my 1:1” for them in their own Upward tab. Only those are shown.
              </EmptyState>
            )
          ) : (
            <SharedWinList wins={space.sharedWins} me={space.me} />
          )}
          {!space.sharedItemsAvailable || space.earlierSharedWins.length === 0 ? null : (
            <>
              <Subtitle2 as="h3" id="wins-before-heading" className={chat.title}>
                Shared before
              </Subtitle2>
              <SharedWinList wins={space.earlierSharedWins} me={space.me} label="Shared before" />
            </>
          )}
        </>
      )}
    </Section>
  );
}
