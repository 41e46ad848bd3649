import { describe, expect, it } from 'vitest';
import { updateCard } from './updateCard';
import { updateMarkdown, updatePlainText } from './updateText';

const lines = [
  { section: 'done', text: 'Shipped the *beta*' },
  { section: 'wins', text: 'Cut build time in half' },
  { section: 'done', text: 'Closed Q3 review' },
] as const;

describe('the update as it leaves', () => {
  it('groups lines under their headings in the order they came, as text and as escaped Markdown', () => {
    expect(updatePlainText('My update', lines)).toBe('My update\n\nDone:\n- Shipped the *beta*\n- Closed Q3 review\n\nWins:\n- Cut build time in half\n');
    expect(updateMarkdown('My # update', lines)).toBe('### My \\# update\n\n**Done**\n- Shipped the \\*beta\\*\n- Closed Q3 review\n\n**Wins**\n- Cut build time in half\n');
  });

  it('is a card with the sections and a link back to the 1:1 tab of that chat', () => {
    const card = updateCard({ from: 'Avery', title: 'My update for Morgan', lines, appId: 'app-1', chatId: '19:abc@unq.gbl.spaces' });
    const texts = (card.body as { text: string }[]).map((block) => block.text);
    expect(texts).toEqual(['My update for Morgan', 'From Avery', 'Done', '• Shipped the *beta*', '• Closed Q3 review', 'Wins', '• Cut build time in half']);
    const [action] = card.actions as { type: string; url: string }[];
    expect(action?.type).toBe('Action.OpenUrl');
    const url = new URL(action?.url ?? '');
    expect(url.pathname).toBe('/l/entity/app-1/oneOnOne');
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({ chatId: '19:abc@unq.gbl.spaces', contextType: 'chat' });
  });
});
