import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, withoutMotion, type FakeSend } from '../../shared/ui/testSupport';
import { AgendaSection } from './AgendaSection';
import { agendaItem, EMPLOYEE, MANAGER } from './testData';

withoutMotion();

const ROLES = { employee: EMPLOYEE.objectId, manager: MANAGER.objectId };

function renderSection(send: FakeSend, items = [agendaItem({ title: 'Budget' }), agendaItem({ title: 'Offsite' })], me: string = EMPLOYEE.objectId) {
  const handlers = { onItem: vi.fn(), onRemoved: vi.fn(), onAgenda: vi.fn(), announce: vi.fn() };
  renderWithApi(<AgendaSection chatId="19:abc@thread.v2" agenda={{ version: 'v1', items, maxItems: 40 }} me={me} roles={ROLES} {...handlers} />, send);
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

  const discussedQuestion = () =>
    agendaItem({ kind: 'question', questionId: 'update-style', title: 'When I update you, what works best?', discussed: true, outcome: 'Three bullets in chat, Fridays', addedBy: MANAGER });

  it('offers the employee, and only the employee, to save a discussed bank question into their manager profile', () => {
    const undiscussed = agendaItem({ kind: 'question', questionId: 'update-style', title: 'Not yet', discussed: false });
    renderSection(vi.fn<FakeSend>(), [discussedQuestion(), undiscussed, agendaItem({ title: 'Budget', discussed: true })]);
    expect(screen.getAllByRole('button', { name: 'Save to my manager profile' })).toHaveLength(1);
  });

  it('never offers it to the manager, even on a question they added', () => {
    renderSection(vi.fn<FakeSend>(), [discussedQuestion()], MANAGER.objectId);
    expect(screen.queryByRole('button', { name: 'Save to my manager profile' })).toBeNull();
  });

  it('saves in one step: the field the question is about, the outcome as text, once per opening', async () => {
    const item = discussedQuestion();
    const send = vi.fn<FakeSend>().mockResolvedValue({ target: 'channel', profileId: 'p1', entryId: 'i1', managerName: 'Morgan' });
    const { handlers } = renderSection(send, [item]);
    await userEvent.click(screen.getByRole('button', { name: 'Save to my manager profile' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save to my manager profile' });
    expect((screen.getByRole('combobox', { name: 'Where it goes' }) as HTMLSelectElement).value).toBe('channel');
    expect((screen.getByRole('textbox', { name: /What they said/ }) as HTMLTextAreaElement).value).toBe('Three bullets in chat, Fridays');
    await userEvent.click(screen.getByRole('button', { name: 'Save to profile' }));
    await waitFor(() => expect(handlers.announce).toHaveBeenCalledWith('Saved to how Morgan works: Preferred channel for updates. Only you can see it.'));
    expect(send).toHaveBeenCalledWith(
      'POST',
      `/chats/19%3Aabc%40thread.v2/agenda/${item.id}/save-to-profile`,
      { target: 'channel', text: 'Three bullets in chat, Fridays', notedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown },
      { idempotencyKey: expect.any(String) as unknown },
    );
    await waitFor(() => expect(dialog.isConnected).toBe(false));
  });

  it('keeps the dialog open with the reason when the text is empty, sending nothing', async () => {
    const send = vi.fn<FakeSend>();
    renderSection(send, [{ ...discussedQuestion(), outcome: '' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Save to my manager profile' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save to profile' }));
    expect(await screen.findByText('Write what they said.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('AgendaSection: save as my feedback', () => {
  const feedbackQuestion = () => agendaItem({ kind: 'question', feedbackQuestion: true, title: 'How could I have made the Q3 review better?', discussed: true, outcome: 'Fewer slides', addedBy: EMPLOYEE });

  it('offers the employee who asked, and only them, to save a discussed feedback question as feedback', () => {
    renderSection(vi.fn<FakeSend>(), [feedbackQuestion(), { ...feedbackQuestion(), discussed: false }, agendaItem({ title: 'Budget', discussed: true })]);
    expect(screen.getAllByRole('button', { name: 'Save as my feedback' })).toHaveLength(1);
  });

  it('never offers it to the manager', () => {
    renderSection(vi.fn<FakeSend>(), [feedbackQuestion()], MANAGER.objectId);
    expect(screen.queryByRole('button', { name: 'Save as my feedback' })).toBeNull();
  });

  it('saves the outcome in one step, once per opening', async () => {
    const item = feedbackQuestion();
    const send = vi.fn<FakeSend>().mockResolvedValue({});
    const { handlers } = renderSection(send, [item]);
    await userEvent.click(screen.getByRole('button', { name: 'Save as my feedback' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save as my feedback' });
    expect((screen.getByRole('textbox', { name: /What they said/ }) as HTMLTextAreaElement).value).toBe('Fewer slides');
    await userEvent.click(screen.getByRole('button', { name: 'Save feedback' }));
    await waitFor(() => expect(handlers.announce).toHaveBeenCalledWith('Saved to your private Feedback in Upward.'));
    expect(send).toHaveBeenCalledWith(
      'POST',
      `/chats/19%3Aabc%40thread.v2/agenda/${item.id}/save-as-feedback`,
      { text: 'Fewer slides', receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown },
      { idempotencyKey: expect.any(String) as unknown },
    );
    await waitFor(() => expect(dialog.isConnected).toBe(false));
  });
});
