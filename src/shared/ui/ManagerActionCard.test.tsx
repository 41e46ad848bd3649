import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ManagerAction } from '@domain/oneOnOneShared';
import { ApiError } from '../api/client';
import { ManagerActionCard } from './ManagerActionCard';
import { renderWithApi, type FakeSend } from './testSupport';

const action: ManagerAction = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  etag: 'W/"1"',
  chatId: '19:abc@thread.v2',
  owner: { objectId: 'm', name: 'Morgan' },
  employee: { objectId: 'a', name: 'Avery' },
  fromItem: { id: 'i', title: 'Visibility' },
  title: 'Introduce Avery to the VP',
  dueDate: '2026-12-12',
  status: 'open',
};

function renderCard(send: FakeSend) {
  const handlers = { onChange: vi.fn(), announce: vi.fn() };
  renderWithApi(<ManagerActionCard action={action} ownerLabel="Morgan" {...handlers} />, send);
  return handlers;
}

describe('ManagerActionCard', () => {
  it('marks the action done in its chat, for the employee it was offered to, with the version shown', async () => {
    const saved = { ...action, status: 'done', doneOn: '2026-03-01', etag: 'W/"2"' };
    const send = vi.fn<FakeSend>().mockResolvedValue(saved);
    const handlers = renderCard(send);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Done' }));
    await waitFor(() => expect(handlers.onChange).toHaveBeenCalledWith(saved));
    expect(send).toHaveBeenCalledWith(
      'PUT',
      `/chats/${encodeURIComponent(action.chatId)}/actions/${action.id}`,
      expect.objectContaining({ employeeObjectId: 'a', status: 'done' }),
      { etag: 'W/"1"' },
    );
    expect(handlers.announce).toHaveBeenCalledWith('Marked done: Introduce Avery to the VP');
  });

  it('flips back and says why when the save fails', async () => {
    const send = vi.fn<FakeSend>().mockRejectedValue(new ApiError(503, undefined, undefined));
    const handlers = renderCard(send);
    const box = screen.getByRole('checkbox', { name: 'Done' });
    await userEvent.click(box);
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(handlers.onChange).not.toHaveBeenCalled();
  });

  it('shows the newer version when the other person changed it first', async () => {
    const newer = { ...action, status: 'done', doneOn: '2026-02-20', etag: 'W/"3"' };
    const send = vi.fn<FakeSend>().mockRejectedValue(new ApiError(412, { type: 'x', title: 'Changed', status: 412, code: 'version_conflict', current: newer }, undefined));
    const handlers = renderCard(send);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Done' }));
    await waitFor(() => expect(handlers.onChange).toHaveBeenCalledWith(newer));
    expect(screen.getByRole('alert').textContent).toContain('changed elsewhere');
  });
});
