import { Badge, Body1, Button, Checkbox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { decideByText, decisionText, headsUpSchema, type DecisionChoice, type HeadsUp } from '@domain/headsUps/headsUp';
import { useApi } from '../../shared/api/ApiContext';
import { failureMessage } from '../../shared/api/client';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { chatPath } from './chatPaths';
import { HeadsUpCardStatus } from './HeadsUpCardStatus';

const useStyles = makeStyles({
  // Late and undecided: a strong edge that holds in high contrast too (a border, not only a colour).
  late: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  options: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Props of {@link HeadsUpItem}. */
export interface HeadsUpItemProps {
  readonly chatId: string;
  readonly headsUp: HeadsUp;
  readonly today: string;
  /** The manager decides; everyone else sees the buttons' outcome only. */
  readonly canDecide: boolean;
  /** The employee may post the card in the chat when the bot could not as it was raised. */
  readonly canPostCard: boolean;
  readonly onChange: (headsUp: HeadsUp) => void;
  /** Its card was posted in the chat from here. */
  readonly onCardPosted: (headsUp: HeadsUp) => void;
  /** Says a failure aloud. */
  readonly announce: (text: string) => void;
  /** The heads-up was decided elsewhere meanwhile: reload the space. */
  readonly onStale: () => void;
}

/** One heads-up: the risk, the options with their cost, the recommendation, and the decision or "Decision needed by …". */
export function HeadsUpItem({ chatId, headsUp, today, canDecide, canPostCard, onChange, onCardPosted, announce, onStale }: HeadsUpItemProps) {
  const items = useItemStyles();
  const styles = useStyles();
  const api = useApi();
  const [commit, setCommit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const headingId = `heads-up-${headsUp.id}`;

  const decide = async (choice: DecisionChoice) => {
    setBusy(true);
    setFailure(undefined);
    try {
      onChange(headsUpSchema.parse(await api.send<unknown>('POST', chatPath(chatId, `/heads-ups/${headsUp.id}/decision`), choice)));
    } catch (caught) {
      setFailure(failureMessage(caught));
      onStale();
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className={headsUp.overdue ? `${items.card} ${styles.late}` : items.card} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={items.title}>
        {headsUp.risk}
      </Subtitle2>
      <div className={items.meta}>
        {headsUp.decision === null ? (
          <Badge appearance={headsUp.overdue ? 'filled' : 'tint'} color={headsUp.overdue ? 'danger' : 'warning'}>
            {headsUp.overdue ? `${decideByText(headsUp.decideBy, today)}: late` : decideByText(headsUp.decideBy, today)}
          </Badge>
        ) : (
          <Badge appearance="tint" color="success">
            Decided
          </Badge>
        )}
        <span>{`From ${headsUp.raisedBy.name} · by ${headsUp.byWhen}`}</span>
      </div>
      <Body1 as="p" className={items.text}>{`Affects: ${headsUp.affects}`}</Body1>
      <ol className={styles.options}>
        {headsUp.options.map((option, index) => (
          <li key={index}>
            <Body1 className={items.text}>
              <strong>{option.title}</strong>
              {index === headsUp.recommended ? ' (recommended)' : ''}
              {`: ${option.cost}`}
            </Body1>
          </li>
        ))}
      </ol>
      {headsUp.decision !== null ? (
        <Body1 as="p">
          <strong>{`Decided: ${decisionText(headsUp)}`}</strong>
          {`, by ${headsUp.decision.by.name} on ${headsUp.decision.at.slice(0, 10)}`}
        </Body1>
      ) : canDecide ? (
        <>
          <Checkbox checked={commit} onChange={(_event, data) => setCommit(data.checked === true)} label={`Add the chosen option to ${headsUp.raisedBy.name}'s commitments`} />
          <div className={styles.buttons} role="group" aria-label={`Decide: ${headsUp.risk}`}>
            {headsUp.options.map((option, index) => (
              <Button key={index} size="small" appearance={index === headsUp.recommended ? 'primary' : 'secondary'} disabled={busy} onClick={() => void decide({ choice: 'option', option: index, createCommitment: commit })}>
                {`Go with ${index + 1}: ${option.title}`}
              </Button>
            ))}
            <Button size="small" disabled={busy} onClick={() => void decide({ choice: 'talk' })}>
              {"Let's talk"}
            </Button>
          </div>
        </>
      ) : null}
      <HeadsUpCardStatus
        chatId={chatId}
        headsUp={headsUp}
        canPost={canPostCard}
        onPosted={onCardPosted}
        onFailed={(message) => {
          announce(message);
          onStale();
        }}
      />
      {failure === undefined ? null : <span role="alert">{failure}</span>}
    </article>
  );
}
