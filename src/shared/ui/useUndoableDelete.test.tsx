import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { StatusToast, UNDO_WINDOW_MS, useStatusMessage } from './StatusToast';
import { renderWithApi, type FakeSend } from './testSupport';
import { useUndoableDelete } from './useUndoableDelete';

interface Note {
  readonly id: string;
  readonly etag: string;
  readonly title: string;
}

const note: Note = { id: '01HZZZZZZZZZZZZZZZZZZZZZZZ', etag: 'W/"1"', title: 'Fixed the deploy' };

function Notes({ onStale }: { onStale: () => void }) {
  const [notes, setNotes] = useState<readonly Note[]>([note]);
  const { status, announce } = useStatusMessage();
  const remove = useUndoableDelete<Note>({
    collection: '/me/wins',
    noun: 'win',
    onRemove: (item) => setNotes((list) => list.filter((other) => other.id !== item.id)),
    onRestore: (item) => setNotes((list) => [...list, item]),
    onStale,
    announce,
  });
  return (
    <>
      <ul>
        {notes.map((item) => (
          <li key={item.id}>
            {item.title} <button onClick={() => remove(item, `Win deleted: ${item.title}`)}>Delete {item.title}</button>
          </li>
        ))}
      </ul>
      <StatusToast status={status} />
    </>
  );
}

function renderNotes(send: FakeSend) {
  const onStale = vi.fn();
  renderWithApi(<Notes onStale={onStale} />, send);
  return onStale;
}

const deleteIt = () => fireEvent.click(screen.getByRole('button', { name: `Delete ${note.title}` }));
const waitOutUndo = () => act(() => vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS + 10));

describe('useUndoableDelete', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes the item away at once with Undo in the toast; Undo puts it back and nothing is deleted', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue(undefined);
    renderNotes(send);
    deleteIt();
    expect(screen.queryByText(/^Fixed the deploy/)).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Win deleted: Fixed the deploy');
    fireEvent.click(screen.getByRole('button', { name: 'Undo deleting win: Fixed the deploy' }));
    expect(screen.getByRole('button', { name: `Delete ${note.title}` })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Restored: Fixed the deploy');
    await waitOutUndo();
    expect(send).not.toHaveBeenCalled();
  });

  it('deletes the version shown (If-Match) once the Undo window has passed, and Undo is gone', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue(undefined);
    renderNotes(send);
    deleteIt();
    await act(() => vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS - 500));
    expect(send).not.toHaveBeenCalled();
    await waitOutUndo();
    expect(send).toHaveBeenCalledExactlyOnceWith('DELETE', `/me/wins/${note.id}`, undefined, { etag: 'W/"1"', keepalive: false });
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('a delete that meets a newer version deletes nothing, reloads the list and says so', async () => {
    const conflict = new ApiError(412, { type: 'x', title: 'Changed', status: 412, code: 'version_conflict' }, undefined);
    const onStale = renderNotes(vi.fn<FakeSend>().mockRejectedValue(conflict));
    deleteIt();
    await waitOutUndo();
    expect(onStale).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toContain('was changed in another window, so it was not deleted');
  });

  it('a delete that fails offline puts the item back and says what to do', async () => {
    renderNotes(vi.fn<FakeSend>().mockRejectedValue(new ApiError(0, undefined, 5)));
    deleteIt();
    await waitOutUndo();
    expect(screen.getByRole('button', { name: `Delete ${note.title}` })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('This win was not deleted: Cannot reach Upward. Check your connection, then try again.');
  });

  it('sends a waiting delete at once, and outliving the page, when the tab is closed', () => {
    const send = vi.fn<FakeSend>().mockResolvedValue(undefined);
    renderNotes(send);
    deleteIt();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(send).toHaveBeenCalledExactlyOnceWith('DELETE', `/me/wins/${note.id}`, undefined, { etag: 'W/"1"', keepalive: true });
  });
});
