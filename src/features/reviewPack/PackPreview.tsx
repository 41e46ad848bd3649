import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { followThroughSentence } from '@domain/reviewPack/packOutline';
import type { ReviewPack } from '@domain/reviewPack/reviewPack';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ExternalLink, isHttpUrl } from '../../shared/ui/ExternalLink';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { Section } from '../../shared/ui/Section';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  detail: { display: 'block', paddingLeft: '2rem', color: tokens.colorNeutralForeground2 },
  text: { margin: 0 },
});

/** Props of {@link PackPreview}. */
export interface PackPreviewProps {
  readonly pack: ReviewPack;
  /** Ids picked out of the pack. */
  readonly leftOut: ReadonlySet<string>;
  readonly onToggle: (id: string, included: boolean) => void;
}

/** The pack as it will be written, each win and commitment with a box to keep it in or leave it out. */
export function PackPreview({ pack, leftOut, onToggle }: PackPreviewProps) {
  const styles = useStyles();
  const box = (id: string, label: string) => <Checkbox checked={!leftOut.has(id)} onChange={(_event, data) => onToggle(id, data.checked === true)} label={label} />;
  return (
    <>
      <Section id="pack-wins-heading" title="Wins">
        {pack.goals.length === 0 ? (
          <EmptyState title="No wins in this period">Pick a longer period, or log your wins as they happen so your next review writes itself.</EmptyState>
        ) : (
          pack.goals.map((group) => (
            <div key={group.goal?.id ?? 'other'}>
              <h3 className={styles.group}>{group.goal === null ? 'Other wins' : `${group.goal.title} (${String(group.goal.progress)}%)`}</h3>
              <ul className={styles.list}>
                {group.wins.map((win) => (
                  <li key={win.id}>
                    {box(win.id, `${formatIsoDate(win.date)}: ${win.title}`)}
                    {win.impact === '' && win.evidenceUrl === undefined ? null : (
                      <Text className={styles.detail}>
                        {win.impact}
                        {win.evidenceUrl === undefined || !isHttpUrl(win.evidenceUrl) ? null : (
                          <>
                            {' '}
                            <ExternalLink href={win.evidenceUrl} label={`Evidence for ${win.title}`}>
                              Evidence
                            </ExternalLink>
                          </>
                        )}
                      </Text>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </Section>
      <Section id="pack-kept-heading" title="Commitments kept">
        <Text as="p" className={styles.text}>
          {followThroughSentence(pack)} Leaving a line out does not change it.
        </Text>
        {pack.commitmentsKept.length === 0 ? (
          <Text as="p" className={styles.text}>
            No commitments done in this period.
          </Text>
        ) : (
          <ul className={styles.list}>
            {pack.commitmentsKept.map((kept) => (
              <li key={kept.id}>{box(kept.id, `${formatIsoDate(kept.doneOn)}: ${kept.title}${kept.toWhom === '' ? '' : ` (to ${kept.toWhom})`}${kept.onTime ? '' : ', late'}`)}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="pack-feedback-heading" title="Feedback acted on">
        {pack.feedbackActedOn.length === 0 ? (
          <Text as="p" className={styles.text}>
            No feedback acted on in this period. Who gave feedback is never in the pack.
          </Text>
        ) : (
          <ul className={styles.list}>
            {pack.feedbackActedOn.map((item) => (
              <li key={item.id}>
                {box(item.id, `${formatIsoDate(item.actedOn)}: “${item.text}”`)}
                <Text className={styles.detail}>What I changed: {item.whatChanged}</Text>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
