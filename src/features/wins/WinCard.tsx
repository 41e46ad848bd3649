import { Body1, Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { PeopleTeamRegular, TargetArrowRegular } from '@fluentui/react-icons';
import type { Win } from '@domain/wins';
import { ItemActions } from '../../shared/ui/ItemActions';
import { MessageSourceLink } from '../../shared/ui/MessageSourceLink';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { Pill } from '../../shared/ui/Pill';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { EvidenceLink } from './EvidenceLink';
import { PriorityTag } from '../../shared/ui/PriorityTag';

const useStyles = makeStyles({
  links: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  goal: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
});

/** Props of {@link WinCard}; the handlers get the button pressed, so focus can return to it. */
export interface WinCardProps {
  readonly win: Win;
  /** The title of the goal it advances, when that goal still exists. */
  readonly goalTitle: string | undefined;
  readonly onEdit: (opener: HTMLElement) => void;
  readonly onDelete: (opener: HTMLElement) => void;
  /** Fetches the dialogs' code before the click. */
  readonly onPrepare: () => void;
}

/** One win: when, what happened, its impact, the goal it advances, evidence, and whether it is shared in the 1:1. */
export function WinCard({ win, goalTitle, onEdit, onDelete, onPrepare }: WinCardProps) {
  const styles = useStyles();
  const items = useItemStyles();
  const titleId = useId('win-title-');
  return (
    <article className={items.card} aria-labelledby={titleId}>
      <div className={items.meta}>
        <Caption1>
          <time dateTime={win.date}>{formatIsoDate(win.date)}</time>
        </Caption1>
        {win.sharedInOneOnOne ? (
          <Pill tone="brand" icon={<PeopleTeamRegular aria-hidden />}>
            Shared in 1:1
          </Pill>
        ) : null}
      </div>
      <Subtitle2 as="h3" id={titleId} className={items.title}>
        {win.title}
      </Subtitle2>
      {win.impact === '' ? null : <Body1 className={items.text}>{win.impact}</Body1>}
      <div className={styles.links}>
        {goalTitle === undefined ? null : (
          <Caption1 className={styles.goal}>
            <TargetArrowRegular aria-hidden />
            Advances: {goalTitle}
          </Caption1>
        )}
        <PriorityTag priorityId={win.supportsPriorityId} />
        <EvidenceLink url={win.evidenceUrl} winTitle={win.title} />
        <MessageSourceLink source={win.source} itemTitle={win.title} />
      </div>
      <ItemActions noun="win" title={win.title} onEdit={onEdit} onDelete={onDelete} onPrepare={onPrepare} feedbackAbout={{ kind: 'win', id: win.id }} />
    </article>
  );
}
