import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import { EmptyState } from '../../shared/ui/EmptyState';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { Section } from '../../shared/ui/Section';
import { personLabel, sentenceStart } from './people';
import { useItemStyles } from '../../shared/ui/useItemStyles';

/** Wins shared since the last 1:1, newest first. */
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
            <EmptyState title="No shared wins yet">
              Wins appear here when their owner turns on “Share in my 1:1” for them in their own Upward tab. Only those are shown.
            </EmptyState>
          ) : (
            <ul className={chat.list}>
              {space.sharedWins.map((win) => (
                <li key={`${win.ownerObjectId}/${win.id}`}>
                  <article className={chat.card} aria-label={win.title}>
                    <Caption1 className={chat.meta}>
                      <time dateTime={win.date}>{formatIsoDate(win.date)}</time>
                      <span>{`${sentenceStart(personLabel({ objectId: win.ownerObjectId, name: win.ownerName }, space.me))}`}</span>
                    </Caption1>
                    <Subtitle2 as="h3" className={chat.title}>
                      {win.title}
                    </Subtitle2>
                    {win.impact === '' ? null : <Body1 className={chat.text}>{win.impact}</Body1>}
                  </article>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}
