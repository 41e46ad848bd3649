import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { agendaItemSchema, agendaSchema, type Agenda, type AgendaItem } from '@domain/oneOnOne';
import { isProfileQuestion, savedToProfileText, savesAsEmployee } from '@domain/manager/profileCapture';
import type { Roles } from '@domain/oneOnOneRoles';
import { isFeedbackQuestion } from '@domain/feedback';
import type { QuestionId } from '@domain/questionBank';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage } from '../../shared/api/client';
import { DeleteItemDialog } from '../../shared/ui/DeleteItemDialog';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { AddButton } from '../../shared/ui/AddButton';
import { Section } from '../../shared/ui/Section';
import { useDialogSlot } from '../../shared/ui/useDialogSlot';
import { discussedInput } from './agendaForm';
import { AgendaItemCard } from './AgendaItemCard';
import { AgendaItemDialog } from './AgendaItemDialog';
import { SaveToProfileDialog } from './SaveToProfileDialog';
import { SaveAsFeedbackDialog } from './SaveAsFeedbackDialog';
import { dropAfterId, focusAfterMove, moveAbility, type MoveDirection } from './agendaMoves';
import { chatPath } from './chatPaths';
import { useItemStyles } from '../../shared/ui/useItemStyles';

const useStyles = makeStyles({
  dropBefore: { boxShadow: `0 calc(-1 * ${tokens.strokeWidthThickest}) 0 ${tokens.colorCompoundBrandStroke}` },
  dropAfter: { boxShadow: `0 ${tokens.strokeWidthThickest} 0 ${tokens.colorCompoundBrandStroke}` },
  item: { borderRadius: tokens.borderRadiusMedium },
  hint: { color: tokens.colorNeutralForeground3 },
});

type OpenDialog =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit' | 'delete'; readonly item: AgendaItem }
  | { readonly kind: 'save'; readonly item: AgendaItem & { readonly questionId: QuestionId } }
  | { readonly kind: 'saveFeedback'; readonly item: AgendaItem };
type Drop = { readonly target: string; readonly place: 'before' | 'after' };

/** Props of {@link AgendaSection}; the page owns the space and applies each change. */
export interface AgendaSectionProps {
  readonly chatId: string;
  /** Undefined while the first load runs. */
  readonly agenda: Agenda | undefined;
  readonly me: string;
  /** The chat's roles; null until set. Only the employee saves answers to their manager profile. */
  readonly roles: Roles | null;
  /** An item saved, or a newer version met on the way. */
  readonly onItem: (item: AgendaItem) => void;
  readonly onRemoved: (item: AgendaItem) => void;
  /** The whole agenda, as a move or a conflict returned it. */
  readonly onAgenda: (agenda: Agenda) => void;
  readonly announce: (text: string) => void;
}

/**
 * The next 1:1's agenda: talking points either person adds, in an order either can change
 * (move buttons, or drag with a pointer), each marked discussed or not, with an outcome.
 * Every write carries the version shown; when the other person got there first, their
 * version is shown and nothing they did is overwritten.
 */
export function AgendaSection({ chatId, agenda, me, roles, onItem, onRemoved, onAgenda, announce }: AgendaSectionProps) {
  const chat = useItemStyles();
  const styles = useStyles();
  const api = useApi();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  // A switch flipped shows its new state at once; it flips back if the save fails.
  const [requested, setRequested] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [dragged, setDragged] = useState<string>();
  const [drop, setDrop] = useState<Drop>();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<{ id: string; direction: MoveDirection }>(undefined);
  const { open, show, close } = useDialogSlot<OpenDialog>(heading);
  const items = useMemo(() => agenda?.items ?? [], [agenda]);
  const collection = chatPath(chatId, '/agenda');
  const full = agenda !== undefined && items.length >= agenda.maxItems;

  // After a move the item's row is re-inserted, which drops focus: put it back on the move button.
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (wanted === undefined) return;
    const index = items.findIndex((item) => item.id === wanted.id);
    if (index < 0) return;
    pendingFocus.current = undefined;
    const direction = focusAfterMove(wanted.direction, index, items.length);
    list.current?.querySelector<HTMLElement>(`[data-item="${wanted.id}"] [data-move="${direction}"]`)?.focus();
  }, [items]);

  const track = (id: string, on: boolean) =>
    setBusy((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  /** Handles a write the other person's change got in the way of; false for any other failure. */
  const conflict = (error: unknown, item: AgendaItem): boolean => {
    const what = `“${item.title}”`;
    if (!(error instanceof ApiError)) return false;
    if (error.status === 412) {
      const current = agendaSchema.safeParse(error.problem?.current);
      const item = agendaItemSchema.safeParse(error.problem?.current);
      if (current.success) onAgenda(current.data);
      else if (item.success) onItem(item.data);
      announce(`${what} was just changed by someone else, so your change was not saved. The newer version is shown; try again if you still want it.`);
      return true;
    }
    if (error.status === 404) {
      onRemoved(item);
      announce(`${what} is no longer on the agenda: someone removed it.`);
      return true;
    }
    return false;
  };

  const fail = (error: unknown) => announce(failureMessage(error));

  const move = async (item: AgendaItem, body: { direction: MoveDirection } | { afterId: string | null }, direction: MoveDirection) => {
    track(item.id, true);
    try {
      const moved = agendaSchema.parse(await api.send<unknown>('POST', `${collection}/${encodeURIComponent(item.id)}/move`, body, { etag: item.etag }));
      pendingFocus.current = { id: item.id, direction };
      onAgenda(moved);
      const index = moved.items.findIndex((candidate) => candidate.id === item.id);
      announce(`Moved “${item.title}” to position ${index + 1} of ${moved.items.length}.`);
    } catch (error) {
      if (!conflict(error, item)) fail(error);
    } finally {
      track(item.id, false);
    }
  };

  const request = (id: string, discussed: boolean | undefined) =>
    setRequested((previous) => {
      const next = new Map(previous);
      if (discussed === undefined) next.delete(id);
      else next.set(id, discussed);
      return next;
    });

  const setDiscussed = async (item: AgendaItem, discussed: boolean) => {
    track(item.id, true);
    request(item.id, discussed);
    try {
      const saved = agendaItemSchema.parse(await api.send<unknown>('PUT', `${collection}/${encodeURIComponent(item.id)}`, discussedInput(item, discussed), { etag: item.etag }));
      onItem(saved);
      announce(`“${item.title}” marked ${discussed ? 'discussed' : 'not discussed'}.`);
    } catch (error) {
      if (!conflict(error, item)) fail(error);
    } finally {
      track(item.id, false);
      request(item.id, undefined);
    }
  };


  /** Opens "Save to my manager profile" for a discussed question from my bank, when I am the employee. */
  const savable = (item: AgendaItem) => {
    const { questionId } = item;
    if (!item.discussed || !isProfileQuestion(questionId) || !savesAsEmployee(roles, item.addedBy.objectId, me)) return undefined;
    return (opener: HTMLElement) => show({ kind: 'save', item: { ...item, questionId } }, opener);
  };

  /** Opens "Save as my feedback" for a discussed feedback question, when I am the employee who asked. */
  const savableAsFeedback = (item: AgendaItem) => {
    if (!item.discussed || !isFeedbackQuestion(item) || !savesAsEmployee(roles, item.addedBy.objectId, me)) return undefined;
    return (opener: HTMLElement) => show({ kind: 'saveFeedback', item }, opener);
  };

  const dropOn = (target: AgendaItem) => {
    const from = items.find((item) => item.id === dragged);
    const place = drop?.place ?? 'after';
    setDragged(undefined);
    setDrop(undefined);
    if (from === undefined) return;
    const afterId = dropAfterId(
      items.map((item) => item.id),
      from.id,
      target.id,
      place,
    );
    if (afterId !== undefined) void move(from, { afterId }, 'down');
  };

  return (
    <Section
      id="agenda-heading"
      title="Next 1:1 agenda"
      headingRef={heading}
      action={
        agenda === undefined ? undefined : (
          <AddButton label="Add talking point" disabled={full} onAdd={(opener) => show({ kind: 'add' }, opener)} />
        )
      }
    >
      {agenda === undefined ? (
        <ListSkeleton label="Loading the agenda" />
      ) : items.length === 0 ? (
        <EmptyState title="Nothing on the agenda yet">
          Add what you want to talk about: a decision you need, a problem you are stuck on, a win to mention. Either of you can add to it, and
          items you don’t get to carry over to the next 1:1.
        </EmptyState>
      ) : (
        <>
          <Caption1 className={styles.hint}>
            {full ? `The agenda is full (${agenda.maxItems} items). Remove or close some first.` : 'Reorder with the arrow buttons, or drag an item.'}
          </Caption1>
          <ul className={chat.list} ref={list} aria-label="Talking points, in order">
            {items.map((item, index) => (
              <li
                key={item.id}
                data-item={item.id}
                className={`${styles.item} ${drop?.target === item.id ? (drop.place === 'before' ? styles.dropBefore : styles.dropAfter) : ''}`}
                onDragOver={(event) => {
                  if (dragged === undefined) return;
                  event.preventDefault();
                  const box = event.currentTarget.getBoundingClientRect();
                  setDrop({ target: item.id, place: event.clientY < box.top + box.height / 2 ? 'before' : 'after' });
                }}
                onDrop={(event) => {
                  event.preventDefault();
                  dropOn(item);
                }}
              >
                <AgendaItemCard
                  item={item}
                  discussed={requested.get(item.id) ?? item.discussed}
                  me={me}
                  canMove={moveAbility(index, items.length)}
                  busy={busy.has(item.id)}
                  onMove={(direction) => void move(item, { direction }, direction)}
                  onDiscussedChange={(discussed) => void setDiscussed(item, discussed)}
                  onEdit={(opener) => show({ kind: 'edit', item }, opener)}
                  onDelete={(opener) => show({ kind: 'delete', item }, opener)}
                  onSaveToProfile={savable(item)}
                  onSaveAsFeedback={savableAsFeedback(item)}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', item.title);
                    // The whole card follows the pointer, not just the grip.
                    const card = event.currentTarget.closest('li');
                    if (card !== null) event.dataTransfer.setDragImage(card, 16, 16);
                    setDragged(item.id);
                  }}
                  onDragEnd={() => {
                    setDragged(undefined);
                    setDrop(undefined);
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {open?.kind === 'add' || open?.kind === 'edit' ? (
        <AgendaItemDialog
          collection={collection}
          item={open.kind === 'edit' ? open.item : undefined}
          kind="topic"
          onSaved={(item, saveKind) => {
            onItem(item);
            announce(saveKind === 'created' ? `Added to the agenda: ${item.title}` : `Saved: ${item.title}`);
            close();
          }}
          onConflict={onItem}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'save' ? (
        <SaveToProfileDialog
          collection={collection}
          item={open.item}
          onSaved={(saved) => {
            announce(savedToProfileText(saved));
            close();
          }}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'saveFeedback' ? (
        <SaveAsFeedbackDialog
          collection={collection}
          item={open.item}
          onSaved={() => {
            announce('Saved to your private Feedback in Upward.');
            close();
          }}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <DeleteItemDialog
          noun="talking point"
          collection={collection}
          item={open.item}
          itemSchema={agendaItemSchema}
          detail="It is not kept in the 1:1’s record."
          onDeleted={(item) => {
            onRemoved(item);
            announce(`Removed from the agenda: ${item.title}`);
            close();
          }}
          onConflict={onItem}
          onClose={close}
        />
      ) : null}
    </Section>
  );
}
