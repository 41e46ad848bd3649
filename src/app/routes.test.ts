import { describe, expect, it } from 'vitest';
import { parseScreen } from './routes';

describe('parseScreen', () => {
  it('opens the progress update, with the chat the 1:1 tab sent it from', () => {
    expect(parseScreen('#/updates')).toEqual({ name: 'updates', chatId: undefined });
    expect(parseScreen(`#/updates?chatId=${encodeURIComponent('19:abc@thread.v2')}`)).toEqual({ name: 'updates', chatId: '19:abc@thread.v2' });
    expect(parseScreen('#/nudges')).toEqual({ name: 'nudges' });
  });
});
