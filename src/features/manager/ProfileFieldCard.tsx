import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { Insight } from '@domain/manager/managerProfile';
import type { ProfileField } from '@domain/manager/profileFields';
import { questionById } from '@domain/questionBank';
import { ItemActions } from '../../shared/ui/ItemActions';
import { Pill } from '../../shared/ui/Pill';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { EntryProvenance } from './EntryProvenance';

const useStyles = makeStyles({
  entries: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  entry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  examples: { color: tokens.colorNeutralForeground3 },
  add: { alignSelf: 'flex-start' },
});

/** Props of {@link ProfileFieldCard}. */
export interface ProfileFieldCardProps {
  readonly field: ProfileField;
  /** Newest first. */
  readonly insights: readonly Insight[];
  readonly onAdd: (opener: HTMLElement) => void;
  readonly onEdit: (insight: Insight, opener: HTMLElement) => void;
  readonly onDelete: (insight: Insight) => void;
}

/** One field of "How they work": what I know, each with its source and date, and a way to add more. */
export function ProfileFieldCard({ field, insights, onAdd, onEdit, onDelete }: ProfileFieldCardProps) {
  const styles = useStyles();
  const items = useItemStyles();
  const titleId = useId('field-title-');
  const choiceLabel = (value: string | undefined) => field.choices?.find((choice) => choice.value === value)?.label;
  return (
    <article className={items.card} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={items.title}>
        {field.label}
      </Subtitle2>
      {insights.length === 0 ? (
        <Caption1 className={styles.examples}>
          Nothing yet. {field.examples}. Ask: “{questionById(field.questionId).text}”
        </Caption1>
      ) : (
        <ul className={styles.entries}>
          {insights.map((insight) => {
            const choice = choiceLabel(insight.choice);
            return (
              <li key={insight.id} className={styles.entry}>
                {choice === undefined ? null : (
                  <div>
                    <Pill tone="brand">{choice}</Pill>
                  </div>
                )}
                <Body1 className={items.text}>{insight.text}</Body1>
                <EntryProvenance origin={insight.origin} notedOn={insight.notedOn} source={insight.source} title={insight.text} confirmQuestion={questionById(field.questionId).text} />
                <ItemActions noun={`entry in ${field.label}`} title={insight.text.slice(0, 60)} onEdit={(opener) => onEdit(insight, opener)} onDelete={() => onDelete(insight)} onPrepare={() => undefined} />
              </li>
            );
          })}
        </ul>
      )}
      <Button className={styles.add} appearance="secondary" size="small" icon={<AddRegular />} aria-label={`Add to ${field.label}`} onClick={(event) => onAdd(event.currentTarget)}>
        Add
      </Button>
    </article>
  );
}
