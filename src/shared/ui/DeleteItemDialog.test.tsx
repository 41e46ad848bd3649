import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { winSchema, type Win } from '@domain/wins';
import { ApiError } from '../api/client';
import { DeleteItemDialog } from './DeleteItemDialog';
import { renderWithApi, withoutMotion, type FakeSend } from './testSupport';

withoutMotion();

const win: Win = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  title: 'Fixed the deploy',
  impact: '',
  date: '2026-02-01',
  sharedInOneOnOne: false,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  etag: 'W/"1"',
};

function renderDialog(send: FakeSend) {
  const handlers = { onDeleted: vi.fn(), onConflict: vi.fn(), onClose: vi.fn() };
  renderWithApi(<DeleteItemDialog noun="win" collection="/me/wins" item={win} itemSchema={winSchema} {...handlers} />, send);
  return handlers;
}

describe('DeleteItemDialog', () => {
  it('asks first, then deletes the version shown (If-Match)', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue(undefined);
    const handlers = renderDialog(send);
    expect(screen.getByRole('alertdialog', { name: 'Delete this win?' }).textContent).toContain('“Fixed the deploy” will be deleted for good.');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(handlers.onDeleted).toHaveBeenCalledWith(win));
    expect(send).toHaveBeenCalledWith('DELETE', `/me/wins/${win.id}`, undefined, { etag: 'W/"1"' });
  });

  it('deletes nothing when the item changed elsewhere: shows the newer version and asks again', async () => {
    const newer: Win = { ...win, title: 'Fixed the deploy for good', etag: 'W/"2"' };
    const conflict = new ApiError(412, { type: 'x', title: 'Changed', status: 412, code: 'version_conflict', current: newer }, undefined);
    const send = vi.fn<FakeSend>().mockRejectedValueOnce(conflict).mockResolvedValueOnce(undefined);
    const handlers = renderDialog(send);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/This win was changed in another window\. We’ve loaded the newer version/)).toBeTruthy();
    expect(handlers.onConflict).toHaveBeenCalledWith(newer);
    expect(handlers.onDeleted).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('“Fixed the deploy for good”');

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(handlers.onDeleted).toHaveBeenCalledWith(newer));
    expect(send.mock.calls[1]?.[3]).toEqual({ etag: 'W/"2"' });
  });

  it('counts an item already gone as deleted', async () => {
    const handlers = renderDialog(vi.fn<FakeSend>().mockRejectedValue(new ApiError(404, undefined, undefined)));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(handlers.onDeleted).toHaveBeenCalledWith(win));
  });
});
