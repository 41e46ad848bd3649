import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Update, UpdateDraft, UpdatesView } from '@domain/progressUpdate/progressUpdates';
import { updateMarkdown } from '@domain/progressUpdate/updateText';
import { ApiError } from '../../shared/api/client';
import { rememberChat } from '../../shared/lastChat';
import { renderWithApi, withoutMotion, type FakeGet, type FakeSend } from '../../shared/ui/testSupport';
import { UpdatesPage } from './UpdatesPage';

withoutMotion();

const CHAT = '19:abc@thread.v2';

const bulletsDraft = (lines: UpdateDraft['lines'], since: string | null = null): UpdateDraft => ({
  since,
  today: '2026-12-03',
  style: { format: 'bullets', order: 'numbersFirst' },
  styleFromProfile: true,
  managerName: 'Morgan',
  title: 'My update for Morgan',
  lines,
});

const LINES: UpdateDraft['lines'] = [
  { id: 'followThrough', section: 'numbers', text: 'Since Nov 27: 1 done, 2 wins', included: true },
  { id: 'commitment:c1', section: 'done', text: 'Sent the roadmap', included: true },
  { id: 'win:w1', section: 'wins', text: 'Shipped the beta', included: true },
  { id: 'win:w2', section: 'wins', text: 'Fixed the build', included: true },
  { id: 'win:secret', section: 'wins', text: 'Private win', included: false },
];

const DETAIL_LINES: UpdateDraft['lines'] = [
  { id: 'win:w1', section: 'wins', text: 'Shipped the beta: two weeks early', included: true },
  { id: 'win:w2', section: 'wins', text: 'Fixed the build', included: true },
  { id: 'win:secret', section: 'wins', text: 'Private win', included: false },
  { id: 'commitment:c1', section: 'done', text: 'Sent the roadmap (to Morgan), done Dec 2', included: true },
  { id: 'followThrough', section: 'numbers', text: 'Since Nov 27: 1 done, 2 wins', included: true },
];

const view = (updates: Update[] = [], cadence: UpdatesView['cadence'] = null): UpdatesView => ({ managerName: 'Morgan', updates, cadence });

const stored = (fields: Partial<Update>): Update => ({
  id: 'u1',
  createdAt: '2026-12-03T10:00:00.000Z',
  updatedAt: '2026-12-03T10:00:00.000Z',
  etag: 'e1',
  to: { kind: 'chat', chatId: CHAT },
  title: 'My update for Morgan',
  style: { format: 'bullets', order: 'numbersFirst' },
  lines: [{ section: 'wins', text: 'Shipped the beta' }],
  sentOn: '2026-12-03',
  posted: true,
  ...fields,
});

interface Answers {
  readonly drafts: (path: string) => UpdateDraft;
  readonly updates?: () => UpdatesView;
  readonly chats?: { chats: { chatId: string; others: string[] }[] };
}

/** `chatId` null: the page opened from the personal tab, with no chat in its route. */
function renderPage(answers: Answers, send: FakeSend, chatId: string | null = CHAT) {
  const get = vi.fn<FakeGet>((path) => {
    if (path.startsWith('/me/updates/draft')) return Promise.resolve({ changed: true, data: answers.drafts(path), etag: undefined });
    if (path.startsWith('/me/updates')) return Promise.resolve({ changed: true, data: answers.updates?.() ?? view(), etag: undefined });
    if (path === '/me/chats') return answers.chats === undefined ? Promise.reject(new ApiError(404, undefined, undefined)) : Promise.resolve({ changed: true, data: answers.chats, etag: undefined });
    return Promise.reject(new Error(`Unexpected GET ${path}`));
  });
  renderWithApi(<UpdatesPage chatId={chatId ?? undefined} />, send, get);
  return get;
}

const draftRegion = () => screen.getByRole('region', { name: 'Your next update' });
const box = (name: string) => within(draftRegion()).getByRole('checkbox', { name });

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UpdatesPage', () => {
  it('shows the draft by section, private lines unticked with their hint, and the cadence line', async () => {
    const period = { start: '2026-11-23', end: '2026-11-29', due: '2026-11-27' };
    renderPage({ drafts: () => bulletsDraft(LINES), updates: () => view([], { cadence: 'weekly', weekday: 5, nextDue: '2026-12-11', overdue: false, onTime: 6, periods: Array.from({ length: 8 }, (_, index) => ({ ...period, onTime: index > 1 })) }) }, vi.fn<FakeSend>());
    expect(await screen.findByText('Next update due Fri Dec 11 · 6 of the last 8 on time')).toBeTruthy();
    await screen.findByRole('checkbox', { name: 'Shipped the beta' });
    expect(within(draftRegion()).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['In numbers', 'Done', 'Wins']);
    const secret = box('Private win') as HTMLInputElement;
    expect(secret.checked).toBe(false);
    expect(document.getElementById(secret.getAttribute('aria-describedby') ?? '')?.textContent).toBe('private — only if you pick it');
    expect((box('Shipped the beta') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('4 lines will go.')).toBeTruthy();
    await userEvent.click(box('Private win'));
    expect(screen.getByText('5 lines will go.')).toBeTruthy();
  });

  it('says to set a cadence in My manager when there is none, and that nothing changed while still letting me write', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue(stored({ to: { kind: 'chat', chatId: CHAT }, lines: [{ section: 'done', text: 'Kept the lights on' }] }));
    renderPage({ drafts: () => bulletsDraft([], '2026-12-01') }, send);
    expect(await screen.findByText('Nothing changed since your last update')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My manager' }).getAttribute('href')).toBe('#/manager');
    // With nothing ticked there is nothing to send or copy, and the page says what to do.
    expect(screen.getByText('No line ticked yet: tick or add one to send or copy the update.')).toBeTruthy();
    for (const name of ['Send to our 1:1', 'Copy as text', 'Copy as Markdown']) expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled, name).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: 'A line of your own' }), 'Kept the lights on{Enter}');
    expect((box('Kept the lights on') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('button', { name: 'Copy as text' }) as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Send to our 1:1' }));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send.mock.calls[0]?.[2]).toMatchObject({ lines: [{ section: 'done', text: 'Kept the lights on' }] });
  });

  it('re-drafts in another style, keeping my picks, edits and drops by line id, then sends exactly what is ticked', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue(stored({}));
    const get = renderPage({ updates: () => view(send.mock.calls.length === 0 ? [] : [stored({})]), drafts: (path) => (path.includes('format=detail') ? { ...bulletsDraft(DETAIL_LINES), style: { format: 'detail', order: 'storyFirst' } } : bulletsDraft(LINES)) }, send);
    await screen.findByRole('checkbox', { name: 'Shipped the beta' });

    await userEvent.click(within(draftRegion()).getByRole('button', { name: 'Drop “Fixed the build”' }));
    expect(within(draftRegion()).queryByRole('checkbox', { name: 'Fixed the build' })).toBeNull();
    // Focus moves to the line that took its place.
    await waitFor(() => expect(document.activeElement).toBe(box('Private win')));
    await userEvent.click(within(draftRegion()).getByRole('button', { name: 'Edit “Sent the roadmap”' }));
    const line = within(draftRegion()).getByRole('textbox', { name: 'Line' });
    await userEvent.clear(line);
    await userEvent.type(line, 'Sent the roadmap a day early{Enter}');
    // Back on the line's Edit button, as keyboard users left it.
    await waitFor(() => expect(document.activeElement).toBe(within(draftRegion()).getByRole('button', { name: 'Edit “Sent the roadmap a day early”' })));
    await userEvent.click(box('Private win'));

    await userEvent.click(screen.getByRole('radio', { name: 'Detail' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Story first' }));
    await screen.findByRole('checkbox', { name: 'Shipped the beta: two weeks early' });
    const drafted = get.mock.calls.map(([path]) => path).filter((path) => path.startsWith('/me/updates/draft'));
    expect(drafted.at(-1)).toMatch(/format=detail&order=storyFirst&chatId=19%3Aabc%40thread\.v2$/);
    expect(drafted.at(-1)).toMatch(/today=\d{4}-\d{2}-\d{2}/);
    expect(within(draftRegion()).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Wins', 'Done', 'In numbers']);
    expect(within(draftRegion()).queryByRole('checkbox', { name: 'Fixed the build' })).toBeNull();
    expect((box('Private win') as HTMLInputElement).checked).toBe(true);
    await userEvent.click(box('Private win'));

    await userEvent.click(screen.getByRole('button', { name: 'Send to our 1:1' }));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const [method, path, body, options] = send.mock.calls[0] ?? [];
    expect([method, path]).toEqual(['POST', '/me/updates']);
    expect(body).toMatchObject({
      to: { kind: 'chat', chatId: CHAT },
      title: 'My update for Morgan',
      style: { format: 'detail', order: 'storyFirst' },
      lines: [
        { section: 'wins', text: 'Shipped the beta: two weeks early' },
        { section: 'done', text: 'Sent the roadmap a day early' },
        { section: 'numbers', text: 'Since Nov 27: 1 done, 2 wins' },
      ],
    });
    expect(options?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText(/posted your update as a card/)).toBeTruthy();
    // The sent update is listed, and the draft restarts from it.
    expect(within(screen.getByRole('region', { name: 'Sent updates' })).getByRole('button', { name: 'My update for Morgan' })).toBeTruthy();
    await waitFor(() => expect(get.mock.calls.filter(([asked]) => asked.startsWith('/me/updates/draft')).length).toBeGreaterThan(drafted.length));
  });

  it('says the bot is not in the chat when no card was posted, and that the update was kept', async () => {
    renderPage({ drafts: () => bulletsDraft(LINES) }, vi.fn<FakeSend>().mockResolvedValue(stored({ posted: false })));
    await screen.findByRole('checkbox', { name: 'Shipped the beta' });
    await userEvent.click(screen.getByRole('button', { name: 'Send to our 1:1' }));
    expect(await screen.findByText('Kept, but not posted')).toBeTruthy();
    expect(screen.getByText(/bot is not in that chat/)).toBeTruthy();
  });

  it('uses the same key for a retry of the same update and a new one once it changes; a 404 says what to do', async () => {
    const send = vi.fn<FakeSend>().mockRejectedValueOnce(new ApiError(0, undefined, 5)).mockRejectedValueOnce(new ApiError(0, undefined, 5)).mockRejectedValueOnce(new ApiError(404, undefined, undefined));
    renderPage({ drafts: () => bulletsDraft(LINES) }, send);
    await screen.findByRole('checkbox', { name: 'Shipped the beta' });
    const sendButton = screen.getByRole('button', { name: 'Send to our 1:1' });
    await userEvent.click(sendButton);
    expect(await screen.findByText(/Cannot reach Upward/)).toBeTruthy();
    await userEvent.click(sendButton);
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls[1]?.[3]?.idempotencyKey).toBe(send.mock.calls[0]?.[3]?.idempotencyKey);
    await userEvent.click(box('Shipped the beta'));
    await userEvent.click(sendButton);
    await waitFor(() => expect(send).toHaveBeenCalledTimes(3));
    expect(send.mock.calls[2]?.[3]?.idempotencyKey).not.toBe(send.mock.calls[0]?.[3]?.idempotencyKey);
    expect(await screen.findByText(/Upward is not in that chat any more/)).toBeTruthy();
  });

  it('copies as Markdown, then records it as copied', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const send = vi.fn<FakeSend>().mockResolvedValue(stored({ to: { kind: 'copied', as: 'markdown' } }));
    renderPage({ drafts: () => bulletsDraft(LINES) }, send);
    await screen.findByRole('checkbox', { name: 'Shipped the beta' });
    await userEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const kept = LINES.filter((line) => line.included).map((line) => ({ section: line.section, text: line.text }));
    expect(writeText).toHaveBeenCalledWith(updateMarkdown('My update for Morgan', kept));
    expect(send.mock.calls[0]?.[2]).toMatchObject({ to: { kind: 'copied', as: 'markdown' }, lines: kept });
    expect(await screen.findByText(/on the clipboard as Markdown/)).toBeTruthy();
  });

  it('shows the text to copy by hand when the clipboard is refused, and records it only when I say I copied it', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('NotAllowedError')) } });
    const send = vi.fn<FakeSend>().mockResolvedValue(stored({ to: { kind: 'copied', as: 'text' } }));
    renderPage({ drafts: () => bulletsDraft(LINES) }, send);
    await screen.findByRole('checkbox', { name: 'Shipped the beta' });
    await userEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    const area = (await screen.findByRole('textbox', { name: 'Your update as text' })) as HTMLTextAreaElement;
    expect(area.readOnly).toBe(true);
    expect(area.value).toContain('Wins:\n- Shipped the beta');
    await waitFor(() => expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]));
    expect(send).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'I copied it: keep it' }));
    await waitFor(() => expect(send.mock.calls[0]?.[2]).toMatchObject({ to: { kind: 'copied', as: 'text' } }));
  });

  it('offers the chats from /me/chats, else the one this browser opened last', async () => {
    rememberChat('19:last@thread.v2');
    renderPage({ drafts: () => bulletsDraft(LINES) }, vi.fn<FakeSend>(), null);
    await screen.findByRole('checkbox', { name: 'Shipped the beta' });
    expect(within(screen.getByRole('combobox', { name: 'Send to' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['No chat: I will copy it', 'The 1:1 you opened last']);
  });

  it('offers to write without the chat when that chat is not open to me', async () => {
    const get = vi.fn<FakeGet>((path) => {
      if (path.startsWith('/me/updates/draft')) return path.includes('chatId') ? Promise.reject(new ApiError(403, undefined, undefined)) : Promise.resolve({ changed: true, data: bulletsDraft(LINES), etag: undefined });
      if (path.startsWith('/me/updates')) return Promise.resolve({ changed: true, data: view(), etag: undefined });
      return Promise.reject(new ApiError(404, undefined, undefined));
    });
    renderWithApi(<UpdatesPage chatId={CHAT} />, vi.fn<FakeSend>(), get);
    expect(await screen.findByText('That 1:1 is not open to you')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Write without a chat' }));
    await screen.findByRole('checkbox', { name: 'Shipped the beta' });
    expect((screen.getByRole('combobox', { name: 'Send to' }) as HTMLSelectElement).value).toBe('');
    expect((screen.getByRole('button', { name: 'Send to our 1:1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists sent updates, newest first, each opening to its lines', async () => {
    const updates = [stored({ id: 'u2', title: 'Week 49', sentOn: '2026-12-04' }), stored({ id: 'u1', title: 'Week 48', to: { kind: 'copied', as: 'markdown' }, sentOn: '2026-11-27' })];
    renderPage({ drafts: () => bulletsDraft(LINES), updates: () => view(updates), chats: { chats: [{ chatId: CHAT, others: ['Morgan'] }] } }, vi.fn<FakeSend>());
    const sent = await screen.findByRole('region', { name: 'Sent updates' });
    const toggles = await within(sent).findAllByRole('button');
    expect(toggles.map((button) => button.textContent)).toEqual(['Week 49', 'Week 48']);
    expect(sent.textContent).toContain('Posted in your 1:1 (with Morgan)');
    expect(sent.textContent).toContain('Copied as Markdown');
    expect(toggles[0]?.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(within(sent).getByRole('button', { name: 'Week 49' }));
    expect(within(sent).getByRole('button', { name: 'Week 49' }).getAttribute('aria-expanded')).toBe('true');
    expect(within(sent).getByText('Shipped the beta')).toBeTruthy();
  });
});
