import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Goal } from '@domain/goals';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, withoutMotion, type FakeSend } from '../../shared/ui/testSupport';
import { GoalDialog } from './GoalDialog';

withoutMotion();

const stored: Goal = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  title: 'Become a staff engineer',
  why: '',
  horizon: '5y',
  sharedInOneOnOne: false,
  status: 'active',
  progress: 20,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  etag: 'W/"1"',
};

function renderDialog(send: FakeSend, goal: Goal | undefined) {
  const handlers = { onSaved: vi.fn(), onConflict: vi.fn(), onClose: vi.fn() };
  renderWithApi(<GoalDialog goal={goal} {...handlers} />, send);
  return handlers;
}

const problem = (status: number, extra: Record<string, unknown>) =>
  new ApiError(status, { type: 'x', title: 'Problem', status, code: 'x', ...extra }, undefined);

/**
 * Tabster hides whatever sits outside the active dialog on 100 ms timers; on a starved CPU
 * those timers reorder and happy-dom can leave the question itself aria-hidden, and then
 * nameless. These tests are about what the question does, so they look past aria-hidden;
 * the Chromium end-to-end tests check what assistive technology gets.
 */
const underModal = { hidden: true } as const;

describe('GoalDialog', () => {
  it('checks the form with the contract before sending anything', async () => {
    const send = vi.fn<FakeSend>();
    renderDialog(send, undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(await screen.findByText('Required.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends one Idempotency-Key per opening, so a retried create makes no twin', async () => {
    const send = vi.fn<FakeSend>().mockRejectedValueOnce(new ApiError(503, undefined, 5)).mockResolvedValueOnce({ ...stored, title: 'Lead' });
    const handlers = renderDialog(send, undefined);
    await userEvent.type(screen.getByRole('textbox', { name: /Goal/ }), 'Lead');
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(await screen.findByText(/storage is not answering/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(expect.objectContaining({ title: 'Lead' }), 'created'));
    const keys = send.mock.calls.map((call) => call[3]?.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('puts the server’s field errors next to the fields', async () => {
    const send = vi.fn<FakeSend>().mockRejectedValue(problem(400, { errors: [{ path: 'title', message: 'Contains control characters.' }] }));
    renderDialog(send, stored);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Contains control characters.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Goal/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('on a conflict, loads the newer version instead of overwriting it, and saves against it next', async () => {
    const newer: Goal = { ...stored, title: 'Become a principal engineer', etag: 'W/"2"' };
    const send = vi.fn<FakeSend>().mockRejectedValueOnce(problem(412, { current: newer })).mockResolvedValueOnce({ ...newer, etag: 'W/"3"' });
    const handlers = renderDialog(send, stored);
    const title = screen.getByRole('textbox', { name: /Goal/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Become a manager');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/This goal was changed in another window\. We’ve loaded the newer version — review and save again\./)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Goal/ })).toHaveProperty('value', 'Become a principal engineer');
    expect(handlers.onConflict).toHaveBeenCalledWith(newer);
    expect(send.mock.calls[0]?.[3]?.etag).toBe('W/"1"');

    await userEvent.click(screen.getByRole('button', { name: 'Use my changes instead' }));
    expect(screen.getByRole('textbox', { name: /Goal/ })).toHaveProperty('value', 'Become a manager');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalledWith(expect.objectContaining({ etag: 'W/"3"' }), 'updated'));
    expect(send.mock.calls[1]?.[3]?.etag).toBe('W/"2"');
  });

  it('keeps a pasted 5,000-character title whole, counts it, and says why it cannot be saved', async () => {
    const send = vi.fn<FakeSend>();
    renderDialog(send, undefined);
    const title = screen.getByRole('textbox', { name: /Goal/ });
    expect(screen.getByText('0 / 200')).toBeTruthy();
    await userEvent.click(title);
    await userEvent.paste('x'.repeat(5000));
    expect(title).toHaveProperty('value', 'x'.repeat(5000));
    expect(screen.getByText('5,000 / 200')).toBeTruthy();
    expect(screen.getByText('At most 200 characters: 4,800 too many. Shorten it to save.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(send).not.toHaveBeenCalled();
  });

  it('refuses a target date outside 1900-2100 with the contract’s rule, before sending', async () => {
    const send = vi.fn<FakeSend>();
    renderDialog(send, undefined);
    await userEvent.type(screen.getByRole('textbox', { name: /Goal/ }), 'Lead');
    await userEvent.click(screen.getByRole('radio', { name: 'A target date' }));
    const date = screen.getByLabelText(/Target date/);
    expect(date.getAttribute('min')).toBe('1900-01-01');
    expect(date.getAttribute('max')).toBe('2100-12-31');
    await userEvent.type(date, '0001-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(await screen.findByText('Pick a date between 1900-01-01 and 2100-12-31.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('warns about an active goal past its date, and still saves it', async () => {
    const past: Goal = { ...stored, horizon: 'date', targetDate: '2020-01-31' };
    const send = vi.fn<FakeSend>().mockResolvedValue({ ...past, etag: 'W/"2"' });
    const handlers = renderDialog(send, past);
    expect(screen.getByText(/This date has passed and the goal is still active/)).toBeTruthy();
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'achieved');
    expect(screen.queryByText(/This date has passed/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalled());
  });

  it('asks before Esc throws away what was typed, and keeps it on “Keep editing”', async () => {
    const handlers = renderDialog(vi.fn<FakeSend>(), undefined);
    await userEvent.type(screen.getByRole('textbox', { name: /Goal/ }), 'Lead a team');
    await userEvent.keyboard('{Escape}');
    expect((await screen.findByRole('alertdialog', underModal)).textContent).toContain('Discard your changes?');
    expect(handlers.onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Keep editing', ...underModal }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', underModal)).toBeNull());
    expect(screen.getByRole('textbox', { name: /Goal/, ...underModal })).toHaveProperty('value', 'Lead a team');
    expect(handlers.onClose).not.toHaveBeenCalled();
  });

  it('asks before Cancel throws away what was typed, and closes on “Discard”', async () => {
    const handlers = renderDialog(vi.fn<FakeSend>(), undefined);
    await userEvent.type(screen.getByRole('textbox', { name: /Goal/ }), 'Lead a team');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(handlers.onClose).not.toHaveBeenCalled();
    await userEvent.click(await screen.findByRole('button', { name: 'Discard', ...underModal }));
    expect(handlers.onClose).toHaveBeenCalledOnce();
  });

  it('asks before a click outside throws away what was typed', async () => {
    const handlers = renderDialog(vi.fn<FakeSend>(), stored);
    await userEvent.type(screen.getByRole('textbox', { name: /Goal/ }), ' soon');
    const backdrop = document.querySelector('.fui-DialogSurface__backdrop');
    expect(backdrop).not.toBeNull();
    if (backdrop !== null) await userEvent.click(backdrop);
    expect((await screen.findByRole('alertdialog', underModal)).textContent).toContain('Discard your changes?');
    expect(handlers.onClose).not.toHaveBeenCalled();
  });

  it('closes at once on Esc when nothing was typed', async () => {
    const handlers = renderDialog(vi.fn<FakeSend>(), stored);
    await userEvent.keyboard('{Escape}');
    expect(handlers.onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('after a failed save offline: says what to do, promises no retry, and keeps focus in the dialog', async () => {
    const send = vi.fn<FakeSend>().mockRejectedValue(new ApiError(0, undefined, 5));
    renderDialog(send, undefined);
    await userEvent.type(screen.getByRole('textbox', { name: /Goal/ }), 'Lead');
    await userEvent.click(screen.getByRole('button', { name: 'Add goal' }));
    expect(await screen.findByText('Cannot reach Upward. Check your connection, then try again.')).toBeTruthy();
    expect(screen.queryByText(/keep trying/)).toBeNull();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
  });
});
