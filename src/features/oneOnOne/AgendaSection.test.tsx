import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, withoutMotion, type FakeSend } from '../../shared/ui/testSupport';
import { AgendaSection } from './AgendaSection';
import { agendaItem, EMPLOYEE } from './testData';

withoutMotion();

function renderSection(send: FakeSend, items = [agendaItem({ title: 'Budget' }), agendaItem({ title: 'Offsite' })]) {
  const handlers = { onItem: vi.fn(), onRemoved: vi.fn(), onAgenda: vi.fn(), announce: vi.fn() };
  renderWithApi(<AgendaSection chatId="19:abc@thread.v2" agenda={{ version: 'v1', items, maxItems: 40 }} me={EMPLOYEE.objectId} {...handlers} />, send);
  return { handlers, items };
}

describe('AgendaSection', () => {
  it('marks an item discussed with the version shown (If-Match), keeping its other fields', async () => {
    const send = vi.fn<FakeSend>().mockImplementation((_method, _path, body) => Promise.resolve({ ...agendaItem({ title: 'Budget' }), ...(body as object) }));
    const { handlers, items } = renderSection(send);
    await userEvent.click(screen.getAllByRole('switch', { name: 'Discussed' })[0] as HTMLElement);
    await waitFor(() => expect(handlers.onItem).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith('PUT', `/chats/19%3Aabc%40thread.v2/agenda/${items[0]?.id ?? ''}`, { title: 'Budget', notes: '', discussed: true, outcome: '' }, { etag: items[0]?.etag });
    expect(handlers.announce).toHaveBeenCalledWith('“Budget” marked discussed.');
  });

  it('on a conflict saves nothing, shows the other person’s version and says so', async () => {
    const newer = agendaItem({ title: 'Budget (revised)' });
    const conflict = new ApiError(412, { type: 'x', title: 'Changed', status: 412, code: 'version_conflict', current: newer }, undefined);
    const { handlers } = renderSection(vi.fn<FakeSend>().mockRejectedValue(conflict));
    const switchControl = screen.getAllByRole('switch', { name: 'Discussed' })[0] as HTMLInputElement;
    await userEvent.click(switchControl);
    await waitFor(() => expect(handlers.onItem).toHaveBeenCalledWith(newer));
    expect(handlers.announce).toHaveBeenCalledWith(expect.stringContaining('was just changed by someone else, so your change was not saved'));
    // The switch goes back to the stored state: nothing was saved.
    await waitFor(() => expect(switchControl.checked).toBe(false));
  });

  it('moves an item down and hands the new order up', async () => {
    const items = [agendaItem({ title: 'A' }), agendaItem({ title: 'B' })];
    const reordered = { version: 'v2', items: [items[1], items[0]], maxItems: 40 };
    const send = vi.fn<FakeSend>().mockResolvedValue(reordered);
    const { handlers } = renderSection(send, items);
    expect((screen.getByRole('button', { name: 'Move up: A' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Move down: A' }));
    await waitFor(() => expect(handlers.onAgenda).toHaveBeenCalledWith(reordered));
    expect(send).toHaveBeenCalledWith('POST', `/chats/19%3Aabc%40thread.v2/agenda/${items[0]?.id ?? ''}/move`, { direction: 'down' }, { etag: items[0]?.etag });
    expect(handlers.announce).toHaveBeenCalledWith('Moved “A” to position 2 of 2.');
  });
});
