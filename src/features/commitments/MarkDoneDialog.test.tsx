import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Commitment } from '@domain/commitments';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, withoutMotion, type FakeSend } from '../../shared/ui/testSupport';
import { MarkDoneDialog } from './MarkDoneDialog';

withoutMotion();

// Only the date is faked: "today" is fixed, while user-event's timers still run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 5, 10, 12, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

const open: Commitment = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  title: 'Send Morgan the Q3 numbers',
  details: '',
  dueDate: '2026-06-12',
  toWhom: 'Morgan',
  status: 'open',
  sharedInOneOnOne: true,
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  etag: 'W/"1"',
};

function renderDialog(send: FakeSend, commitment: Commitment = open) {
  const handlers = { onSaved: vi.fn(), onConflict: vi.fn(), onClose: vi.fn() };
  renderWithApi(<MarkDoneDialog commitment={commitment} {...handlers} />, send);
  return handlers;
}

const doneOn = () => screen.getByLabelText(/Done on/);

describe('MarkDoneDialog', () => {
  it('offers today, and marks done on that date, keeping everything else (If-Match)', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue({ ...open, status: 'done', doneOn: '2026-06-10', etag: 'W/"2"' });
    const handlers = renderDialog(send);
    expect(screen.getByRole('dialog', { name: 'Mark as done' })).toBeTruthy();
    expect(doneOn()).toHaveProperty('value', '2026-06-10');
    expect(doneOn().getAttribute('max')).toBe('2026-06-10');
    await userEvent.click(screen.getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(expect.objectContaining({ status: 'done', doneOn: '2026-06-10' }), 'updated'));
    expect(send).toHaveBeenCalledWith(
      'PUT',
      `/me/commitments/${open.id}`,
      { title: open.title, details: '', dueDate: '2026-06-12', toWhom: 'Morgan', status: 'done', doneOn: '2026-06-10', sharedInOneOnOne: true },
      { etag: 'W/"1"' },
    );
  });

  it('takes an earlier day, but refuses a day that has not come yet, without sending', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue({ ...open, status: 'done', doneOn: '2026-06-08' });
    const handlers = renderDialog(send);
    await userEvent.clear(doneOn());
    await userEvent.type(doneOn(), '2026-06-11');
    await userEvent.click(screen.getByRole('button', { name: 'Mark done' }));
    expect(await screen.findByText(/cannot be done yet/)).toBeTruthy();
    expect(doneOn().getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalled();

    await userEvent.clear(doneOn());
    await userEvent.type(doneOn(), '2026-06-08');
    await userEvent.click(screen.getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalled());
    expect(send.mock.calls[0]?.[2]).toMatchObject({ status: 'done', doneOn: '2026-06-08' });
  });

  it('asks for a date when the field is emptied', async () => {
    const send = vi.fn<FakeSend>();
    renderDialog(send);
    await userEvent.clear(doneOn());
    await userEvent.click(screen.getByRole('button', { name: 'Mark done' }));
    expect(await screen.findByText('Say when it was done.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('on a conflict, shows the newer version and marks that one done next', async () => {
    const newer: Commitment = { ...open, title: 'Send Morgan the Q3 and Q4 numbers', etag: 'W/"2"' };
    const conflict = new ApiError(412, { type: 'x', title: 'Changed', status: 412, code: 'version_conflict', current: newer }, undefined);
    const send = vi.fn<FakeSend>().mockRejectedValueOnce(conflict).mockResolvedValueOnce({ ...newer, status: 'done', doneOn: '2026-06-10', etag: 'W/"3"' });
    const handlers = renderDialog(send);
    await userEvent.click(screen.getByRole('button', { name: 'Mark done' }));
    expect(await screen.findByText(/This commitment was changed in another window\./)).toBeTruthy();
    expect(handlers.onConflict).toHaveBeenCalledWith(newer);
    await userEvent.click(screen.getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(expect.objectContaining({ etag: 'W/"3"' }), 'updated'));
    expect(send.mock.calls[1]?.[2]).toMatchObject({ title: 'Send Morgan the Q3 and Q4 numbers', status: 'done' });
    expect(send.mock.calls[1]?.[3]).toEqual({ etag: 'W/"2"' });
  });
});
