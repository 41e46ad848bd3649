import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackEntry, FeedbackSummary } from '@domain/feedback';
import { COMMITMENTS_STILL_OPEN } from '@domain/feedback';
import { ApiError } from '../../shared/api/client';
import { renderWithApi, withoutMotion, type FakeGet, type FakeSend } from '../../shared/ui/testSupport';
import { FeedbackPage } from './FeedbackPage';
import { storedFeedback } from './testData';

withoutMotion();
afterEach(() => {
  localStorage.clear();
});

const feedback = storedFeedback;

const summaryOf = (entries: FeedbackEntry[], figure: FeedbackSummary['figure'] = { actedOn: 0 }): FeedbackSummary => ({
  entries,
  figure,
  items: [{ kind: 'win', id: '01JD0000000000000000000009', title: 'Q3 review' }],
});

function renderPage(summaries: FeedbackSummary[], send: FakeSend = vi.fn<FakeSend>().mockResolvedValue({})) {
  let call = 0;
  const get = vi.fn<FakeGet>(() => {
    const data = summaries[Math.min(call, summaries.length - 1)];
    call++;
    return Promise.resolve({ changed: true, data, etag: undefined });
  });
  renderWithApi(<FeedbackPage />, send, get);
  return { get, send };
}

describe('FeedbackPage', () => {
  it('says so when there is no feedback yet, and that nothing was acted on', async () => {
    renderPage([summaryOf([])]);
    expect(await screen.findByText('No feedback yet')).toBeTruthy();
    expect(screen.getByText('Nothing acted on in the last 180 days yet.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Feedback' })).toBeTruthy();
  });

  it('shows an error with Retry when it cannot load', async () => {
    const get = vi.fn<FakeGet>().mockRejectedValueOnce(new ApiError(500, undefined, undefined)).mockResolvedValue({ changed: true, data: summaryOf([]), etag: undefined });
    renderWithApi(<FeedbackPage />, vi.fn<FakeSend>(), get);
    await userEvent.click(await screen.findByRole('button', { name: /Retry/ }));
    expect(await screen.findByText('No feedback yet')).toBeTruthy();
  });

  it('shows each piece with who, when, its status and commitments, and the figure', async () => {
    renderPage([
      summaryOf(
        [
          { feedback: feedback({ commitmentIds: ['c1'] }), status: 'acting', commitments: [{ id: 'c1', title: 'Send decks early', status: 'open' }], aboutTitle: 'Q3 review' },
          { feedback: feedback({ id: '01JD0000000000000000000001', text: 'Great demo', praise: true, resolution: { state: 'actedOn', on: '2026-11-30', note: 'Demo every sprint' } }), status: 'actedOn', commitments: [] },
        ],
        { actedOn: 1, medianDaysToAct: 10 },
      ),
    ]);
    expect(await screen.findByText('1 acted on in the last 180 days; median 10 days from received to acted on.')).toBeTruthy();
    const acting = screen.getByRole('article', { name: 'Send the deck a day ahead.' });
    expect(within(acting).getByText('Acting on it')).toBeTruthy();
    expect(within(acting).getByText('About: Q3 review')).toBeTruthy();
    expect(within(acting).getByRole('list', { name: 'Commitments made for it' }).textContent).toContain('Send decks early (open)');
    const praise = screen.getByRole('article', { name: 'Great demo' });
    expect(within(praise).getByText('What changed: Demo every sprint')).toBeTruthy();
    expect(within(praise).getByRole('button', { name: 'Tell them what changed' })).toBeTruthy();
    expect(within(praise).getByRole('button', { name: 'Keep as a win' })).toBeTruthy();
    expect(within(praise).queryByRole('button', { name: 'Act on it' })).toBeNull();
  });

  it('logs feedback by hand about an item, checked with the contract before sending', async () => {
    const send = vi.fn<FakeSend>().mockResolvedValue(feedback());
    renderPage([summaryOf([])], send);
    await userEvent.click(await screen.findByRole('button', { name: 'Log feedback' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log feedback' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    expect(send).not.toHaveBeenCalled();
    expect(within(dialog).getByText('Say who gave it.')).toBeTruthy();
    await userEvent.type(within(dialog).getByLabelText(/Who gave it/), 'Morgan');
    await userEvent.type(within(dialog).getByLabelText(/What they said/), 'More numbers');
    await userEvent.selectOptions(within(dialog).getByLabelText(/About/), 'Win: Q3 review');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('POST', '/me/feedback', expect.objectContaining({ giver: 'Morgan', text: 'More numbers', about: { kind: 'win', id: '01JD0000000000000000000009' } }), expect.objectContaining({ idempotencyKey: expect.any(String) })));
  });

  it('acts on feedback with a commitment under its ETag, and shows the server\'s refusal to mark it acted on too early', async () => {
    const send = vi.fn<FakeSend>(async (method, path) => {
      if (method === 'PUT') throw new ApiError(400, { type: 'x', title: 'Some fields are not valid.', status: 400, code: 'invalid_request', errors: [{ path: 'resolution', message: COMMITMENTS_STILL_OPEN }] }, undefined);
      return { path };
    });
    renderPage([summaryOf([{ feedback: feedback(), status: 'open', commitments: [] }])], send);
    await userEvent.click(await screen.findByRole('button', { name: 'Act on it' }));
    const act = await screen.findByRole('dialog', { name: 'Act on this feedback' });
    await userEvent.type(within(act).getByLabelText(/What I will do/), 'Send decks a day early');
    await userEvent.click(within(act).getByRole('button', { name: 'Add commitment' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('POST', '/me/feedback/01JD0000000000000000000000/commitments', { commitments: [{ title: 'Send decks a day early' }] }, { etag: 'W/"1"' }));

    // Tabster's timers can leave aria-hidden on the page for a while after the dialog closed: look past it.
    await waitFor(() => expect(act.isConnected).toBe(false), { timeout: 5000 });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark acted on', hidden: true }, { timeout: 5000 }));
    const resolve = await screen.findByRole('dialog', { name: 'Mark acted on' });
    await userEvent.type(within(resolve).getByLabelText(/What changed/), 'Decks go out a day early');
    await userEvent.click(within(resolve).getByRole('button', { name: 'Mark acted on' }));
    expect(await within(resolve).findByText(COMMITMENTS_STILL_OPEN)).toBeTruthy();
  });

  it('asks for feedback about an item: the question follows the item and goes on the last 1:1 chat\'s agenda as a feedback question', async () => {
    localStorage.setItem('upward.lastChatId', '19:abc@thread.v2');
    const send = vi.fn<FakeSend>().mockResolvedValue({});
    renderPage([summaryOf([])], send);
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for feedback' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for feedback' });
    await userEvent.selectOptions(within(dialog).getByLabelText(/About/), 'Win: Q3 review');
    expect(within(dialog).getByLabelText(/My question/)).toHaveProperty('value', 'How could I have made “Q3 review” better?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Put on our next 1:1' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('POST', `/chats/${encodeURIComponent('19:abc@thread.v2')}/agenda`, { title: 'How could I have made “Q3 review” better?', kind: 'question', feedbackQuestion: true }, expect.objectContaining({ idempotencyKey: expect.any(String) })),
    );
  });

  it('keeps praise as a win, and tells them what changed on the next 1:1, naming the giver only when ticked', async () => {
    localStorage.setItem('upward.lastChatId', '19:abc@thread.v2');
    const send = vi.fn<FakeSend>().mockResolvedValue({});
    const praise = feedback({ text: 'Great demo!', praise: true, resolution: { state: 'actedOn', on: '2026-11-30', note: 'Demo every sprint' } });
    renderPage([summaryOf([{ feedback: praise, status: 'actedOn', commitments: [] }])], send);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep as a win' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('POST', '/me/wins', { title: 'Great demo!', impact: 'Morgan: “Great demo!”', date: '2026-11-20' }, undefined));

    await userEvent.click(screen.getByRole('button', { name: 'Tell them what changed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tell them what changed' });
    expect(within(dialog).getByText('You suggested “Great demo!”; here is what I changed')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Name Morgan in it' }));
    expect(within(dialog).getByText('Morgan, you suggested “Great demo!”; here is what I changed')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Put on our next 1:1' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith('POST', `/chats/${encodeURIComponent('19:abc@thread.v2')}/agenda/tell-what-changed`, { feedbackId: praise.id, nameGiver: true }, expect.objectContaining({ idempotencyKey: expect.any(String) })),
    );
  });

  it('without a 1:1 chat opened here, offers only copying, and says how to get the agenda option', async () => {
    renderPage([summaryOf([])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for feedback' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for feedback' });
    expect(within(dialog).queryByRole('button', { name: 'Put on our next 1:1' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Copy for a chat' })).toBeTruthy();
    expect(within(dialog).getByText(/Open the Upward tab in your 1:1 chat once/)).toBeTruthy();
  });
});
