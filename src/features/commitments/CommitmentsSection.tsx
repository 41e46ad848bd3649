import { Body1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { summariseCommitments } from '@domain/commitmentRules';
import type { Commitment } from '@domain/commitments';
import type { SaveKind } from '../../shared/api/itemList';
import { EmptyState } from '../../shared/ui/EmptyState';
import { lazyWithPreload } from '../../shared/ui/lazyWithPreload';
import { LoadBoundary } from '../../shared/ui/LoadBoundary';
import { AddButton } from '../../shared/ui/AddButton';
import { Section } from '../../shared/ui/Section';
import type { StatusAction } from '../../shared/ui/StatusToast';
import { useDialogSlot } from '../../shared/ui/useDialogSlot';
import { todayIsoDate } from '../../shared/ui/localDate';
import { CommitmentCard } from './CommitmentCard';
import { CommitmentGroupList } from './CommitmentGroupList';
import { groupCommitments } from './commitmentList';
import { FollowThrough } from './FollowThrough';
import { useStatusChange } from './useStatusChange';
import { COMMITMENTS } from './commitmentsApi';
import { useUndoableDelete } from '../../shared/ui/useUndoableDelete';

// Forms, validation (zod) and dialogs load on demand: the first screen only reads.
const commitmentDialog = lazyWithPreload(() => import('./CommitmentDialog'), (module) => module.CommitmentDialog);
const markDoneDialog = lazyWithPreload(() => import('./MarkDoneDialog'), (module) => module.MarkDoneDialog);
const deleteCommitmentDialog = lazyWithPreload(() => import('./DeleteCommitmentDialog'), (module) => module.DeleteCommitmentDialog);
const prepareDialogs = () => {
  commitmentDialog.preload();
  markDoneDialog.preload();
  deleteCommitmentDialog.preload();
};

type OpenDialog = { readonly kind: 'create' } | { readonly kind: 'edit' | 'done' | 'delete'; readonly commitment: Commitment };
type Folded = 'done' | 'dropped';

const SAVED_VERB: Record<SaveKind, string> = { created: 'added', updated: 'saved' };

const useStyles = makeStyles({
  calm: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link CommitmentsSection}; the page owns the list and applies each change. */
export interface CommitmentsSectionProps {
  readonly commitments: readonly Commitment[];
  readonly onSaved: (commitment: Commitment) => void;
  readonly onRemoved: (commitment: Commitment) => void;
  /** The list on screen is out of date (a change met a newer version): load it again. */
  readonly onStale: () => void;
  /** Confirms each change in the page's status toast. */
  readonly announce: (text: string, action?: StatusAction) => void;
  /** Shown at the section's end: what others committed to for me. */
  readonly children?: ReactNode;
}

/**
 * My commitments: overdue, due soon (see commitmentRules' DUE_SOON_DAYS), open, then done and
 * dropped folded away; the follow-through figure on top, worked out here with the same rules
 * the API uses. Add, edit, mark done (with a date), reopen, drop (with undo) and delete.
 */
export function CommitmentsSection({ commitments, onSaved: put, onRemoved: remove, onStale, announce, children }: CommitmentsSectionProps) {
  const styles = useStyles();
  const [unfolded, setUnfolded] = useState<ReadonlySet<Folded>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const dialogs = useDialogSlot<OpenDialog>(heading);
  const { open, close, focus } = dialogs;
  const status = useStatusChange({ onSaved: put, onGone: remove, onStale });
  const deleteWithUndo = useUndoableDelete({ collection: COMMITMENTS, noun: 'commitment', onRemove: remove, onRestore: put, onStale, announce });
  const today = todayIsoDate();
  const groups = useMemo(() => groupCommitments(commitments, today), [commitments, today]);
  const summary = useMemo(() => summariseCommitments(commitments, today), [commitments, today]);
  const openCount = summary.counts.open;

  const show = (dialog: OpenDialog, opener: HTMLElement) => {
    status.clearNotice();
    dialogs.show(dialog, opener);
  };
  const reopen = async (commitment: Commitment, opener: HTMLElement | undefined) => {
    // Focus goes back where it was; when that is gone (the toast's Undo, a folded card), to the heading.
    const returnTo = opener ?? heading.current;
    if (returnTo !== null) focus.remember(returnTo);
    const saved = await status.change(commitment, 'open');
    if (saved !== undefined) announce(`Commitment reopened: ${saved.title}`);
    focus.restore(heading.current);
  };
  const drop = async (commitment: Commitment, opener: HTMLElement) => {
    // The dropped card folds away with its Drop button: focus then goes to the heading.
    focus.remember(opener);
    const saved = await status.change(commitment, 'dropped');
    focus.restore(heading.current);
    if (saved === undefined) return;
    announce(`Commitment dropped: ${saved.title}. It stays on record under Dropped.`, {
      label: 'Undo',
      name: `Undo dropping ${saved.title}`,
      // Ctrl+Z leaves focus where it is; the toast's own button goes with the toast.
      run: () => void reopen(saved, document.activeElement instanceof HTMLElement ? document.activeElement : undefined),
    });
  };
  const toggle = (folded: Folded) =>
    setUnfolded((previous) => {
      const next = new Set(previous);
      if (!next.delete(folded)) next.add(folded);
      return next;
    });

  const renderCard = (commitment: Commitment) => (
    <CommitmentCard
      commitment={commitment}
      today={today}
      busy={status.busyId === commitment.id}
      onMarkDone={(opener) => show({ kind: 'done', commitment }, opener)}
      onEdit={(opener) => show({ kind: 'edit', commitment }, opener)}
      onDelete={(opener) => show({ kind: 'delete', commitment }, opener)}
      onReopen={(opener) => void reopen(commitment, opener)}
      onDrop={(opener) => void drop(commitment, opener)}
      onPrepare={prepareDialogs}
    />
  );

  return (
    <Section
      id="commitments-heading"
      title="Commitments"
      headingRef={heading}
      action={<AddButton label="Add commitment" onPrepare={commitmentDialog.preload} onAdd={(opener) => show({ kind: 'create' }, opener)} />}
    >
      {commitments.length === 0 ? (
        <EmptyState title="What did you promise?">
          Write down each thing you said you would do, to whom, and by when, while it is fresh. For example: “Send Morgan the Q3 numbers by
          Friday.” Doing what you said, when you said, is how trust with your manager is built, and your follow-through shows it. In a Teams
          chat, you can also log a message as a commitment from its “…” menu.
        </EmptyState>
      ) : (
        <>
          <FollowThrough summary={summary} />
          {status.notice === undefined ? null : (
            <MessageBar intent={status.notice.intent} role="alert" layout="multiline">
              <MessageBarBody>{status.notice.text}</MessageBarBody>
            </MessageBar>
          )}
          {openCount === 0 ? <Body1 className={styles.calm}>Nothing open right now. Add what you promise next as you promise it.</Body1> : null}
          {groups.map((group) => {
            if (group.commitments.length === 0) return null;
            const folded = group.bucket === 'done' || group.bucket === 'dropped' ? group.bucket : undefined;
            return (
              <CommitmentGroupList
                key={group.bucket}
                group={group}
                renderCard={renderCard}
                {...(folded === undefined ? {} : { disclosure: { expanded: unfolded.has(folded), onToggle: () => toggle(folded) } })}
              />
            );
          })}
        </>
      )}
      <LoadBoundary onCancel={close}>
        {open?.kind === 'create' || open?.kind === 'edit' ? (
          <commitmentDialog.Component
            commitment={open.kind === 'edit' ? open.commitment : undefined}
            onSaved={(commitment, kind) => {
              put(commitment);
              announce(`Commitment ${SAVED_VERB[kind]}: ${commitment.title}`);
              close();
            }}
            onConflict={put}
            onClose={close}
          />
        ) : null}
        {open?.kind === 'done' ? (
          <markDoneDialog.Component
            commitment={open.commitment}
            onSaved={(commitment) => {
              put(commitment);
              announce(`Commitment done: ${commitment.title}`);
              close();
            }}
            onConflict={put}
            onClose={close}
          />
        ) : null}
        {open?.kind === 'delete' ? (
          <deleteCommitmentDialog.Component
            commitment={open.commitment}
            onDeleted={(commitment) => {
              deleteWithUndo(commitment, `Commitment deleted: ${commitment.title}`);
              close();
            }}
            onClose={close}
          />
        ) : null}
      </LoadBoundary>
      {children}
    </Section>
  );
}
