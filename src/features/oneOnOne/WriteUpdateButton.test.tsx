import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi, type FakeGet, type FakeSend } from '../../shared/ui/testSupport';
import { ChatPage } from './ChatPage';
import { MANAGER, space } from './testData';
import { isEmployee } from './WriteUpdateButton';

const chatId = '19:abc@thread.v2';
const noWrites = vi.fn<FakeSend>().mockRejectedValue(new Error('No writes in this test.'));

afterEach(() => {
  window.location.hash = '';
});

describe('Write an update', () => {
  it('is offered to the employee and opens the personal tab’s update for this chat (by its hash outside Teams)', async () => {
    const get = vi.fn<FakeGet>().mockResolvedValue({ changed: true, data: space(), etag: '"s1"' });
    renderWithApi(<ChatPage chatId={chatId} />, noWrites, get);
    await userEvent.click(await screen.findByRole('button', { name: 'Write an update' }));
    expect(window.location.hash).toBe(`#/updates?chatId=${encodeURIComponent(chatId)}`);
  });

  it('is not there for the manager, nor before roles are set', async () => {
    expect(isEmployee(space({}, MANAGER.objectId))).toBe(false);
    expect(isEmployee(space({ roles: null }))).toBe(false);
    const get = vi.fn<FakeGet>().mockResolvedValue({ changed: true, data: space({}, MANAGER.objectId), etag: '"s1"' });
    renderWithApi(<ChatPage chatId={chatId} />, noWrites, get);
    await screen.findByRole('heading', { name: 'Next 1:1 agenda' });
    expect(screen.queryByRole('button', { name: 'Write an update' })).toBeNull();
  });
});
