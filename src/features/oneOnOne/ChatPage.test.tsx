import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, withoutMotion, type FakeGet, type FakeSend } from '../../shared/ui/testSupport';
import { ChatPage } from './ChatPage';
import { agendaItem, MANAGER, sharedCommitment, space } from './testData';

withoutMotion();

const chatId = '19:abc@thread.v2';
const noWrites = vi.fn<FakeSend>().mockRejectedValue(new Error('No writes in this test.'));

/** What a page becoming visible again does: ask at once. */
async function showPageAgain() {
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
  });
}

describe('ChatPage', () => {
  it('loads the space in one call, then asks with its ETag and announces what the other person changed', async () => {
    const first = agendaItem({ title: 'Conference budget' });
    const added = agendaItem({ title: 'Team offsite', addedBy: MANAGER });
    const get = vi
      .fn<FakeGet>()
      .mockResolvedValueOnce({ changed: true, data: space({ agenda: { version: 'v1', items: [first], maxItems: 40 } }), etag: '"s1"' })
      .mockResolvedValueOnce({ changed: false })
      .mockResolvedValueOnce({ changed: true, data: space({ agenda: { version: 'v2', items: [first, added], maxItems: 40 } }), etag: '"s2"' });
    renderWithApi(<ChatPage chatId={chatId} />, noWrites, get);

    expect(await screen.findByRole('heading', { name: 'Conference budget' })).toBeTruthy();
    expect(get.mock.calls[0]?.[0]).toMatch(/^\/chats\/19%3Aabc%40thread\.v2\/space\?today=\d{4}-\d{2}-\d{2}$/);
    expect(get.mock.calls[0]?.[1]).toBeUndefined();

    await showPageAgain();
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
    expect(get.mock.calls[1]?.[1]).toBe('"s1"');
    expect(screen.getByRole('heading', { name: 'Conference budget' })).toBeTruthy();

    await showPageAgain();
    expect(await screen.findByRole('heading', { name: 'Team offsite' })).toBeTruthy();
    expect(get.mock.calls[2]?.[1]).toBe('"s1"');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Agenda updated: “Team offsite” added.'));
  });

  it('tells someone off the roster they are not a member, and shows nothing of the chat', async () => {
    const get = vi.fn<FakeGet>().mockRejectedValue(new ApiError(403, { type: 'x', title: 'Forbidden', status: 403, code: 'forbidden' }, undefined));
    renderWithApi(<ChatPage chatId={chatId} />, noWrites, get);
    expect((await screen.findByRole('alert')).textContent).toContain('You are not a member of this chat');
    expect(screen.queryByRole('heading', { name: 'Next 1:1 agenda' })).toBeNull();
  });

  it('says how to set Upward up in a chat it is not in', async () => {
    const get = vi.fn<FakeGet>().mockRejectedValue(new ApiError(404, undefined, undefined));
    renderWithApi(<ChatPage chatId={chatId} />, noWrites, get);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Upward isn’t set up in this chat yet');
    expect(alert.textContent).toContain('Add a tab');
  });

  it('keeps showing the space when a refresh fails, with a retry', async () => {
    const get = vi
      .fn<FakeGet>()
      .mockResolvedValueOnce({ changed: true, data: space({ sharedCommitments: [sharedCommitment()] }), etag: '"s1"' })
      .mockRejectedValueOnce(new ApiError(0, undefined, undefined));
    renderWithApi(<ChatPage chatId={chatId} />, noWrites, get);
    expect(await screen.findByRole('heading', { name: 'Send the Q3 numbers' })).toBeTruthy();
    await showPageAgain();
    expect((await screen.findByRole('alert')).textContent).toContain('Cannot reach Upward');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Send the Q3 numbers' })).toBeTruthy();
    expect(screen.getByText(/Overdue: was due/)).toBeTruthy();
  });
});
