import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Commitment } from '@domain/commitments';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, withoutMotion, type FakeSend } from '../../shared/ui/testSupport';
import { CommitmentDialog } from './CommitmentDialog';

withoutMotion();

const stored: Commitment = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  title: 'Review the hiring plan',
  details: '',
  toWhom: 'Morgan',
  dueDate: '2026-03-06',
  status: 'open',
  sharedInOneOnOne: false,
  source: { messageId: '42', linkToMessage: 'https://teams.microsoft.com/l/message/x/42', authorName: 'Morgan' },
  createdAt: '2026-03-04T09:00:00.000Z',
  updatedAt: '2026-03-04T09:00:00.000Z',
  etag: 'W/"1"',
};

function renderDialog(send: FakeSend, commitment: Commitment | undefined) {
  const handlers = { onSaved: vi.fn(), onConflict: vi.fn(), onClose: vi.fn() };
  renderWithApi(<CommitmentDialog commitment={commitment} {...handlers} />, send);
  return handlers;
}

const titleBox = () => screen.getByRole('textbox', { name: /What you promised/ });
const problem = (status: number, extra: Record<string, unknown>) =>
  new ApiError(status, { type: 'x', title: 'Problem', status, code: 'x', ...extra }, undefined);

describe('CommitmentDialog', () => {
  it('checks the form with the contract before sending anything', async () => {
    const send = vi.fn<FakeSend>();
    renderDialog(send, undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Add commitment' }));
    expect(await screen.findByText('Required.')).toBeTruthy();
    expect(titleBox().getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalled();
  });

  it('adds an open commitment with its due date, to whom, and shared in the 1:1, with one Idempotency-Key per opening', async () => {
    const send = vi
      .fn<FakeSend>()
      .mockRejectedValueOnce(new ApiError(503, undefined, 5))
      .mockResolvedValueOnce({ ...stored, title: 'Send the slides', dueDate: '2026-03-20', sharedInOneOnOne: true });
    const handlers = renderDialog(send, undefined);
    await userEvent.type(titleBox(), 'Send the slides');
    const toWhom = screen.getByRole('textbox', { name: /To whom/ });
    // The contract's limit, counted as the user types, so nothing is cut off silently.
    expect(document.getElementById(toWhom.getAttribute('aria-describedby') ?? '')?.textContent).toContain('0 / 200');
    await userEvent.type(toWhom, 'Morgan');
    await userEvent.type(screen.getByLabelText(/Due date/), '2026-03-20');
    await userEvent.click(screen.getByRole('switch', { name: 'Share in my 1:1' }));
    // Not done: no date to ask for.
    expect(screen.queryByLabelText(/Done on/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add commitment' }));
    expect(await screen.findByText(/storage is not answering/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add commitment' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(expect.objectContaining({ title: 'Send the slides' }), 'created'));
    expect(send.mock.calls[1]?.slice(0, 3)).toEqual([
      'POST',
      '/me/commitments',
      { title: 'Send the slides', details: '', dueDate: '2026-03-20', toWhom: 'Morgan', status: 'open', sharedInOneOnOne: true },
    ]);
    const keys = send.mock.calls.map((call) => call[3]?.idempotencyKey);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('edits against the version shown, and can take the due date away', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue({ ...stored, dueDate: undefined, etag: 'W/"2"' });
    const handlers = renderDialog(send, stored);
    expect(screen.getByRole('dialog', { name: 'Edit commitment' })).toBeTruthy();
    await userEvent.clear(screen.getByLabelText(/Due date/));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(expect.objectContaining({ etag: 'W/"2"' }), 'updated'));
    expect(send).toHaveBeenCalledWith(
      'PUT',
      `/me/commitments/${stored.id}`,
      { title: stored.title, details: '', toWhom: 'Morgan', status: 'open', sharedInOneOnOne: false },
      { etag: 'W/"1"' },
    );
  });

  it('puts the server’s field errors next to the fields', async () => {
    const send = vi.fn<FakeSend>().mockRejectedValue(problem(400, { errors: [{ path: 'toWhom', message: 'At most 200 characters.' }] }));
    renderDialog(send, stored);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('At most 200 characters.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /To whom/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('on a conflict, loads the newer version instead of overwriting it, and saves against it next', async () => {
    const newer: Commitment = { ...stored, title: 'Review and sign off the hiring plan', etag: 'W/"2"' };
    const send = vi.fn<FakeSend>().mockRejectedValueOnce(problem(412, { current: newer })).mockResolvedValueOnce({ ...newer, etag: 'W/"3"' });
    const handlers = renderDialog(send, stored);
    await userEvent.clear(titleBox());
    await userEvent.type(titleBox(), 'Skip the hiring plan');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/This commitment was changed in another window\. We’ve loaded the newer version — review and save again\./)).toBeTruthy();
    expect(titleBox()).toHaveProperty('value', 'Review and sign off the hiring plan');
    expect(handlers.onConflict).toHaveBeenCalledWith(newer);

    await userEvent.click(screen.getByRole('button', { name: 'Use my changes instead' }));
    expect(titleBox()).toHaveProperty('value', 'Skip the hiring plan');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(expect.objectContaining({ etag: 'W/"3"' }), 'updated'));
    expect(send.mock.calls[1]?.[3]?.etag).toBe('W/"2"');
  });

  it('shows the done date of a done commitment, and refuses one in the future', async () => {
    const send = vi.fn<FakeSend>();
    renderDialog(send, { ...stored, status: 'done', doneOn: '2026-03-05' });
    const doneOn = screen.getByLabelText(/Done on/);
    expect(doneOn).toHaveProperty('value', '2026-03-05');
    await userEvent.clear(doneOn);
    await userEvent.type(doneOn, '2099-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/cannot be done yet/)).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses a due date in 9999 (the contract’s 1900-2100 rule) without sending', async () => {
    const send = vi.fn<FakeSend>();
    renderDialog(send, undefined);
    await userEvent.type(titleBox(), 'Send the numbers');
    await userEvent.type(screen.getByLabelText(/Due date/), '9999-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Add commitment' }));
    expect(await screen.findByText('Pick a date between 1900-01-01 and 2100-12-31.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('counts “to whom” against its own limit from the contract', async () => {
    renderDialog(vi.fn<FakeSend>(), stored);
    expect(screen.getByText('6 / 200')).toBeTruthy();
    expect(screen.getByText('0 / 4,000')).toBeTruthy();
  });
});
