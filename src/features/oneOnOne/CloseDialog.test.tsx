import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, withoutMotion, type FakeSend } from '../../shared/ui/testSupport';
import { CloseDialog } from './CloseDialog';
import { agendaItem } from './testData';

withoutMotion();

const sameDay = new ApiError(409, { type: 'x', title: 'A 1:1 was already closed on this day.', status: 409, code: 'closed_same_day' }, undefined);

describe('CloseDialog', () => {
  it('sends the outcomes filled in and the proposed date; a same-day refusal becomes a question, then a confirmed close', async () => {
    const item = agendaItem({ title: 'Budget' });
    const agenda = { version: 'v1', items: [item], maxItems: 40 };
    const record = { id: '01HZZZZZZZZZZZZZZZZZZZZZZ1', date: '2026-12-08', closedAt: '2026-12-08T10:00:00.000Z', closedBy: { objectId: 'a', name: 'A' }, itemCount: 1, discussedCount: 1, carriedOverCount: 0, items: [] };
    const send = vi.fn<FakeSend>().mockRejectedValueOnce(sameDay).mockResolvedValueOnce({ record, agenda: { version: 'v2', items: [], maxItems: 40 } });
    const onClosed = vi.fn();
    renderWithApi(<CloseDialog chatId="19:abc@thread.v2" agenda={agenda} proposedDate="2026-12-08" onClosed={onClosed} onAgenda={vi.fn()} onCancel={vi.fn()} />, send);

    expect((screen.getByLabelText('Date of this 1:1') as HTMLInputElement).value).toBe('2026-12-08');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Discussed: Budget' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Outcome of “Budget”' }), 'Approved');
    await userEvent.click(screen.getByRole('button', { name: 'Close 1:1' }));
    await screen.findByText('A 1:1 was already closed on Dec 8, 2026', { exact: false });
    expect(onClosed).not.toHaveBeenCalled();
    const first = send.mock.calls[0];
    expect(first?.[2]).toEqual({ agendaVersion: 'v1', date: '2026-12-08', outcomes: [{ id: item.id, discussed: true, outcome: 'Approved' }] });

    await userEvent.click(screen.getByRole('button', { name: 'Close again' }));
    await waitFor(() => expect(onClosed).toHaveBeenCalled());
    expect(send.mock.calls[1]?.[2]).toEqual({ agendaVersion: 'v1', date: '2026-12-08', confirmed: true, outcomes: [{ id: item.id, discussed: true, outcome: 'Approved' }] });
    // The same key: the refused attempt wrote nothing, and a retry of the confirmed one must not make a twin.
    expect(send.mock.calls[1]?.[3]).toEqual(first?.[3]);
  });
});
