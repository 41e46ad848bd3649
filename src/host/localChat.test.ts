import { describe, expect, it } from 'vitest';
import { parseScreen } from '../app/routes';
import { chatTabHash } from './localChat';

describe('chatTabHash', () => {
  it('opens the chat tab of a Teams chat id, whose : and @ survive the round trip', () => {
    const chatId = '19:aaaa_bbbb-local@unq.gbl.spaces';
    expect(parseScreen(chatTabHash(chatId))).toEqual({ name: 'chat', chatId });
  });
});
