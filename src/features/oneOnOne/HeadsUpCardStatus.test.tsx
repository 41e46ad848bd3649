import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { HeadsUp } from '@domain/headsUps/headsUp';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, type FakeSend } from '../../shared/ui/testSupport';
import { HeadsUpItem } from './HeadsUpItem';
import { headsUp, MANAGER } from './testData';

const chatId = '19:abc@thread.v2';
const unposted = headsUp({ cardPosted: false });

function renderItem(item: HeadsUp, send: FakeSend, role: 'employee' | 'manager' = 'employee') {
  const handlers = { onChange: vi.fn(), onCardPosted: vi.fn(), announce: vi.fn(), onStale: vi.fn() };
  renderWithApi(<HeadsUpItem chatId={chatId} headsUp={item} today="2026-03-10" canDecide={role === 'manager'} canPostCard={role === 'employee'} {...handlers} />, send);
  return handlers;
}

const noWrites = vi.fn<FakeSend>().mockRejectedValue(new Error('No writes in this test.'));

describe('a heads-up whose card is not in the chat', () => {
  it('the employee posts it: the button waits (focus stays on it) while it posts, then the posted heads-up goes to the space', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const send = vi.fn<FakeSend>().mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const handlers = renderItem(unposted, send);
    expect(screen.getByText('Not posted in the chat yet')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Post card in chat' }));

    expect(send).toHaveBeenCalledWith('POST', `/chats/${encodeURIComponent(chatId)}/heads-ups/${unposted.id}/card`, undefined, undefined);
    const waiting = screen.getByRole('button', { name: 'Posting card…' });
    expect(waiting.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(waiting);

    const posted = { ...unposted, cardPosted: true, etag: 'W/"h2"' };
    answer(posted);
    await waitFor(() => expect(handlers.onCardPosted).toHaveBeenCalledWith(posted));
    expect(handlers.announce).not.toHaveBeenCalled();
  });

  it('once the space holds the posted heads-up, the button and the line are gone and "Card posted in the chat" has focus', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue({ ...unposted, cardPosted: true });
    const announce = vi.fn();
    // Holds the heads-up as the space does, so the item shows what the API answered.
    function Space() {
      const [item, setItem] = useState(unposted);
      return <HeadsUpItem chatId={chatId} headsUp={item} today="2026-03-10" canDecide={false} canPostCard onChange={setItem} onCardPosted={setItem} announce={announce} onStale={vi.fn()} />;
    }
    renderWithApi(<Space />, send);
    await userEvent.click(screen.getByRole('button', { name: 'Post card in chat' }));
    const confirmation = await screen.findByText('Card posted in the chat');
    expect(screen.queryByRole('button', { name: 'Post card in chat' })).toBeNull();
    expect(screen.queryByText('Not posted in the chat yet')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(confirmation.closest('p')));
  });

  it('says what to do when the bot is not in the chat, announces it, and lets the employee try again', async () => {
    const problem = { type: 'x', title: 'Add Upward to this chat, then post again.', status: 409, code: 'bot_not_in_chat' };
    const send = vi.fn<FakeSend>().mockRejectedValue(new ApiError(409, problem, undefined));
    const handlers = renderItem(unposted, send);
    await userEvent.click(screen.getByRole('button', { name: 'Post card in chat' }));
    expect(await screen.findByText('Add Upward to this chat, then post again.')).toBeTruthy();
    expect(handlers.announce).toHaveBeenCalledWith('Add Upward to this chat, then post again.');
    expect(handlers.onStale).toHaveBeenCalled();
    expect(handlers.onCardPosted).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Post card in chat' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('the manager reads that it is not in the chat but gets no button', () => {
    renderItem({ ...unposted }, noWrites, 'manager');
    expect(screen.getByText('Not posted in the chat yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Post card in chat' })).toBeNull();
  });

  it('shows nothing about the card when it is in the chat, or once the heads-up is decided', () => {
    renderItem(headsUp(), noWrites);
    const decided = { choice: 'talk' as const, createCommitment: false, by: MANAGER, at: '2026-03-09T10:00:00.000Z' };
    renderItem(headsUp({ id: '01HXXXXXXXXXXXXXXXXXXXX002', cardPosted: false, decision: decided }), noWrites);
    expect(screen.queryByText('Not posted in the chat yet')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Post card in chat' })).toBeNull();
  });
});
