import { Body1, Caption1, Checkbox, Subtitle2, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { ManagerAction } from '@domain/oneOnOneShared';
import { useApi } from '../api/ApiContext';
import { ApiError, failureMessage } from '../api/client';
import { formatIsoDate } from './formatDate';
import { todayIsoDate } from './localDate';
import { useItemStyles } from './useItemStyles';

/** Props of {@link ManagerActionCard}. */
export interface ManagerActionCardProps {
  readonly action: ManagerAction;
  /** The action as saved, or the newer version met on the way. */
  readonly onChange: (action: ManagerAction) => void;
  readonly announce: (text: string) => void;
  /** Whose words label the owner: "Morgan" in the chat, "Morgan" too in the personal tab. */
  readonly ownerLabel: string;
}

/**
 * Something the manager offered to do in a 1:1, with a "Done" box either person may tick.
 * Shown in the chat ("What … offered") and in the employee's own tab ("Asked of my manager"),
 * so the change is saved the same way from both. A stale version shows the newer one.
 */
export function ManagerActionCard({ action, onChange, announce, ownerLabel }: ManagerActionCardProps) {
  const items = useItemStyles();
  const api = useApi();
  const titleId = useId('action-title-');
  // The box shows the state asked for at once; it flips back if the save fails.
  const [requested, setRequested] = useState<boolean>();
  const [error, setError] = useState<string>();
  const busy = requested !== undefined;
  const setDone = async (done: boolean) => {
    setRequested(done);
    setError(undefined);
    const body = { employeeObjectId: action.employee.objectId, status: done ? 'done' : 'open', ...(done ? { doneOn: todayIsoDate() } : {}) };
    try {
      // The contract (and zod with it) loads on the first tick, not with the personal tab's first screen.
      const { managerActionSchema } = await import('@domain/oneOnOneShared');
      const saved = managerActionSchema.parse(
        await api.send<unknown>('PUT', `/chats/${encodeURIComponent(action.chatId)}/actions/${action.id}`, body, { etag: action.etag }),
      );
      onChange(saved);
      announce(done ? `Marked done: ${saved.title}` : `Open again: ${saved.title}`);
    } catch (caught) {
      const current = caught instanceof ApiError && caught.status === 412 ? (await import('@domain/oneOnOneShared')).managerActionSchema.safeParse(caught.problem?.current) : undefined;
      if (current?.success === true) {
        onChange(current.data);
        setError('This was changed elsewhere; this is the newer version.');
      } else setError(failureMessage(caught));
    } finally {
      setRequested(undefined);
    }
  };
  return (
    <article className={items.card} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={items.title}>
        {`${ownerLabel}: ${action.title}`}
      </Subtitle2>
      <Caption1 className={items.meta}>
        {action.dueDate === undefined ? null : (
          <span>
            By <time dateTime={action.dueDate}>{formatIsoDate(action.dueDate)}</time>
          </span>
        )}
        <span>{`From “${action.fromItem.title}”`}</span>
        {action.doneOn === undefined ? null : (
          <span>
            Done <time dateTime={action.doneOn}>{formatIsoDate(action.doneOn)}</time>
          </span>
        )}
      </Caption1>
      <Checkbox label="Done" checked={requested ?? action.status === 'done'} disabled={busy} aria-describedby={titleId} onChange={(_event, data) => void setDone(data.checked === true)} />
      {error === undefined ? null : <Body1 role="alert">{error}</Body1>}
    </article>
  );
}
