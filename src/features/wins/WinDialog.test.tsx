import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Win } from '@domain/wins';
import { renderWithApi, withoutMotion, type FakeSend } from '../../shared/ui/testSupport';
import { WinDialog } from './WinDialog';

withoutMotion();

const stored: Win = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  title: 'Shipped search',
  impact: '',
  date: '2026-03-02',
  sharedInOneOnOne: false,
  createdAt: '2026-03-04T09:00:00.000Z',
  updatedAt: '2026-03-04T09:00:00.000Z',
  etag: 'W/"1"',
};

function renderDialog(send: FakeSend, win: Win | undefined) {
  const handlers = { onSaved: vi.fn(), onConflict: vi.fn(), onClose: vi.fn() };
  renderWithApi(<WinDialog win={win} goals={[]} {...handlers} />, send);
  return handlers;
}

describe('WinDialog', () => {
  it('warns about a win dated in the future, and still saves it', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue({ ...stored, date: '2030-06-01', etag: 'W/"2"' });
    const handlers = renderDialog(send, { ...stored, date: '2030-06-01' });
    expect(screen.getByText('This date is in the future: a win is usually something that already happened.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(expect.objectContaining({ date: '2030-06-01' }), 'updated'));
  });

  it('gives no warning for a win dated in the past', () => {
    renderDialog(vi.fn<FakeSend>(), stored);
    expect(screen.queryByText(/in the future/)).toBeNull();
  });

  it('refuses a date before 1900 before sending', async () => {
    const send = vi.fn<FakeSend>();
    renderDialog(send, { ...stored, date: '0001-01-01' });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Pick a date between 1900-01-01 and 2100-12-31.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });
});
