import { Body1, Button, Link, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Feedback, FeedbackSummary } from '@domain/feedback';
import { useApi } from '../../shared/api/ApiContext';
import { feedbackItemKey } from '../../shared/feedbackAsk';
import { failureMessage } from '../../shared/api/client';
import { useResource } from '../../shared/api/useResource';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { todayIsoDate } from '../../shared/ui/localDate';
import { Section } from '../../shared/ui/Section';
import { StatusToast, useStatusMessage } from '../../shared/ui/StatusToast';
import { useDialogSlot } from '../../shared/ui/useDialogSlot';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { usePageStyles } from '../../shared/ui/usePageStyles';
import { ActDialog } from './ActDialog';
import { AskDialog } from './AskDialog';
import { FeedbackCard, type FeedbackCommand } from './FeedbackCard';
import { FeedbackDialog } from './FeedbackDialog';
import { figureText, winFromPraise } from './feedbackText';
import { ResolveDialog } from './ResolveDialog';
import { TellDialog } from './TellDialog';

type OpenDialog =
  | { readonly kind: 'log' }
  | { readonly kind: 'ask'; readonly about?: string }
  | { readonly kind: Exclude<FeedbackCommand, 'keepAsWin'>; readonly feedback: Feedback };

const useStyles = makeStyles({
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  figure: { margin: 0 },
});

/**
 * Feedback: what I asked for and was told, and what I did with it. Loaded in one call (one
 * partition query) with each piece's status and the figure; private to me. Every change
 * reloads it, so statuses that depend on commitments are always the server's.
 */
export function FeedbackPage({ ask }: { readonly ask?: string | undefined }) {
  const page = usePageStyles();
  const styles = useStyles();
  const items = useItemStyles();
  const api = useApi();
  const today = todayIsoDate();
  const { state, reload } = useResource(() => api.get<FeedbackSummary>(`/me/feedback/summary?today=${today}`));
  const { status, announce } = useStatusMessage();
  const top = useRef<HTMLDivElement>(null);
  const { open, show, close } = useDialogSlot<OpenDialog>(top);
  const summary = state.data;
  const asked = useRef(false);
  useEffect(() => {
    if (ask === undefined || summary === undefined || top.current === null || asked.current) return;
    asked.current = true;
    // Followed once: a reload or Back does not ask again.
    window.history.replaceState(null, '', '#/feedback');
    show({ kind: 'ask', about: summary.items.some((item) => feedbackItemKey(item) === ask) ? ask : '' }, top.current);
  }, [ask, summary, show]);
  const done = (message: string) => {
    close();
    announce(message);
    void reload();
  };

  const keepAsWin = async (feedback: Feedback) => {
    try {
      await api.send('POST', '/me/wins', winFromPraise(feedback));
      announce('Kept as a win in My goals, wins and commitments.');
    } catch (error) {
      announce(`Not kept: ${failureMessage(error)}`);
    }
  };
  const command = (feedback: Feedback) => (name: FeedbackCommand, opener: HTMLElement) => {
    if (name === 'keepAsWin') void keepAsWin(feedback);
    else show({ kind: name, feedback }, opener);
  };
  const remove = async (feedback: Feedback) => {
    try {
      await api.send('DELETE', `/me/feedback/${encodeURIComponent(feedback.id)}`, undefined, { etag: feedback.etag });
      done('Feedback deleted.');
    } catch (error) {
      done(`Not deleted: ${failureMessage(error)}`);
    }
  };

  return (
    <main className={page.page}>
      <div className={styles.top} ref={top} tabIndex={-1}>
        <Link href="#/personal">My goals, wins and commitments</Link>
        <Title2 as="h1" className={page.title}>
          Feedback
        </Title2>
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={(event) => show({ kind: 'ask' }, event.currentTarget)}>
            Ask for feedback
          </Button>
          <Button onClick={(event) => show({ kind: 'log' }, event.currentTarget)}>Log feedback</Button>
        </div>
        {summary === undefined ? null : (
          <Body1 as="p" className={styles.figure} data-testid="feedback-figure">
            {figureText(summary.figure)}
          </Body1>
        )}
      </div>
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      {summary === undefined ? (
        state.status === 'error' ? null : <ListSkeleton label="Loading your feedback" />
      ) : summary.entries.length === 0 ? (
        <EmptyState title="No feedback yet">Ask for feedback on a goal, a win or a commitment, or log what someone told you. Only you see it, and who gave it.</EmptyState>
      ) : (
        <Section id="feedback-list" title="What I was told">
          <ul className={items.list}>
            {summary.entries.map((entry) => (
              <li key={entry.feedback.id}>
                <FeedbackCard entry={entry} onCommand={command(entry.feedback)} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {open?.kind === 'ask' ? <AskDialog items={summary?.items ?? []} {...(open.about === undefined ? {} : { about: open.about })} onDone={done} onClose={close} /> : null}
      {open?.kind === 'log' || open?.kind === 'edit' ? (
        <FeedbackDialog
          feedback={open.kind === 'edit' ? open.feedback : undefined}
          items={summary?.items ?? []}
          today={today}
          onSaved={(_feedback, kind) => done(kind === 'created' ? 'Feedback saved.' : 'Feedback updated.')}
          onConflict={() => void reload()}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'act' ? <ActDialog feedback={open.feedback} onDone={(title) => done(`Commitment added: ${title}`)} onClose={close} /> : null}
      {open?.kind === 'actedOn' || open?.kind === 'setAside' ? (
        <ResolveDialog feedback={open.feedback} state={open.kind} today={today} onDone={() => done(open.kind === 'actedOn' ? 'Marked acted on.' : 'Set aside.')} onClose={close} />
      ) : null}
      {open?.kind === 'tell' ? <TellDialog feedback={open.feedback} onDone={done} onClose={close} /> : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          open
          title="Delete this feedback?"
          message={`“${open.feedback.text.slice(0, 80)}” will be deleted. Commitments made for it stay.`}
          confirmLabel="Delete"
          onConfirm={() => void remove(open.feedback)}
          onCancel={close}
        />
      ) : null}
      <StatusToast status={status} />
    </main>
  );
}
