import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScreen } from '../../app/routes';
import { chatTabSettings } from './chatTabSettings';

describe('chatTabSettings', () => {
  const settings = chatTabSettings('https://upward.example');

  it('points the tab at the chat screen of this origin, with a clear name', () => {
    expect(settings).toEqual({
      entityId: 'oneOnOne',
      contentUrl: 'https://upward.example/index.html#/chat',
      websiteUrl: 'https://upward.example/index.html#/chat',
      suggestedDisplayName: 'Upward 1:1',
    });
    expect(parseScreen(new URL(settings.contentUrl).hash)).toEqual({ name: 'chat', chatId: undefined });
  });

  it('uses the configurable tab id of the manifest, whose configuration page is the config screen', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../appPackage/manifest.json'), 'utf8')) as {
      configurableTabs: { id: string; configurationUrl: string }[];
    };
    const tab = manifest.configurableTabs[0];
    expect(tab?.id).toBe(settings.entityId);
    expect(parseScreen(new URL(tab?.configurationUrl.replace('${{TAB_ENDPOINT}}', 'https://upward.example') ?? '').hash)).toEqual({ name: 'config' });
  });
});
