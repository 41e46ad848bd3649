import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { RecordSnapshot } from '@domain/oneOnOneShared';
import { ExternalLink, isHttpUrl } from '../../shared/ui/ExternalLink';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { useItemStyles } from '../../shared/ui/useItemStyles';

const STATUS_TEXT = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;

/** What was shared when a 1:1 closed, as it stood then: heads-ups and their decisions, commitments, wins and the manager's actions. */
export function RecordShared({ shared, date }: { shared: RecordSnapshot | undefined; date: string }) {
  const chat = useItemStyles();
  const headsUps = shared?.headsUps ?? [];
  if (shared === undefined || (shared.commitments.length === 0 && shared.wins.length === 0 && shared.actions.length === 0 && headsUps.length === 0)) return null;
  const due = (dueDate: string | undefined) => (dueDate === undefined ? '' : ` · by ${formatIsoDate(dueDate)}`);
  return (
    <>
      {headsUps.length === 0 ? null : (
        <>
          <Subtitle2 as="h4">Heads-ups</Subtitle2>
          <ul className={chat.list} aria-label={`Heads-ups on ${date}`}>
            {headsUps.map((headsUp, index) => (
              <li key={index}>
                <Body1>{`${headsUp.raisedBy}: ${headsUp.risk}`}</Body1>
                <Caption1 className={chat.meta}>
                  {headsUp.decision === '' || headsUp.decidedBy === undefined
                    ? `Undecided · decision needed by ${formatIsoDate(headsUp.decideBy)}`
                    : `Decided: ${headsUp.decision}, by ${headsUp.decidedBy}${headsUp.decidedAt === undefined ? '' : ` on ${formatIsoDate(headsUp.decidedAt.slice(0, 10))}`}`}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {shared.actions.length === 0 ? null : (
        <>
          <Subtitle2 as="h4">Actions agreed</Subtitle2>
          <ul className={chat.list} aria-label={`Actions agreed on ${date}`}>
            {shared.actions.map((action, index) => (
              <li key={index}>
                <Body1>{`${action.ownerName}: ${action.title}`}</Body1>
                <Caption1 className={chat.meta}>{`${STATUS_TEXT[action.status]}${due(action.dueDate)}`}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {shared.commitments.length === 0 ? null : (
        <>
          <Subtitle2 as="h4">Shared commitments</Subtitle2>
          <ul className={chat.list} aria-label={`Commitments shared on ${date}`}>
            {shared.commitments.map((commitment, index) => (
              <li key={index}>
                <Body1>{`${commitment.ownerName}: ${commitment.title}`}</Body1>
                <Caption1 className={chat.meta}>{`${STATUS_TEXT[commitment.status]}${due(commitment.dueDate)}`}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {shared.wins.length === 0 ? null : (
        <>
          <Subtitle2 as="h4">Shared wins</Subtitle2>
          <ul className={chat.list} aria-label={`Wins shared on ${date}`}>
            {shared.wins.map((win, index) => (
              <li key={index}>
                <Body1>{`${win.ownerName}: ${win.title}`}</Body1>
                <Caption1 className={chat.meta}>
                  <time dateTime={win.date}>{formatIsoDate(win.date)}</time>
                  {win.goalTitle === undefined ? null : <span>{`Goal: ${win.goalTitle}`}</span>}
                  {win.evidenceUrl === undefined || !isHttpUrl(win.evidenceUrl) ? null : (
                    <ExternalLink href={win.evidenceUrl} label={`Evidence for ${win.title}`}>
                      Evidence
                    </ExternalLink>
                  )}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
