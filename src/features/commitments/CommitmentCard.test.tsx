import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Commitment } from '@domain/commitments';
import { CommitmentCard } from './CommitmentCard';

const today = '2026-06-10';
const base: Commitment = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  title: 'Send the slides',
  details: 'The Q3 deck, with the hiring numbers',
  dueDate: '2026-06-08',
  toWhom: 'Morgan',
  status: 'open',
  sharedInOneOnOne: true,
  source: { messageId: '1', linkToMessage: 'https://teams.microsoft.com/l/message/19:abc/1', authorName: 'Morgan Lee', sentAt: '2026-06-01T09:00:00.000Z' },
  createdAt: '2026-06-01T09:00:00.000Z',
  updatedAt: '2026-06-01T09:00:00.000Z',
  etag: 'W/"1"',
};

function renderCard(commitment: Commitment) {
  const actions = { onMarkDone: vi.fn(), onReopen: vi.fn(), onDrop: vi.fn(), onEdit: vi.fn(), onDelete: vi.fn(), onPrepare: vi.fn() };
  render(
    <FluentProvider theme={teamsLightTheme}>
      <CommitmentCard commitment={commitment} today={today} busy={false} {...actions} />
    </FluentProvider>,
  );
  return { actions, card: screen.getByRole('article', { name: commitment.title }) };
}

describe('CommitmentCard', () => {
  it('says in words that it is overdue, to whom, and that it is shared in the 1:1', () => {
    const { card } = renderCard(base);
    expect(card.textContent).toContain('Overdue by 2 days');
    expect(card.querySelector('time')?.getAttribute('dateTime')).toBe('2026-06-08');
    expect(card.textContent).toContain('To Morgan');
    expect(card.textContent).toContain('Shared in 1:1');
    expect(card.textContent).toContain('The Q3 deck, with the hiring numbers');
  });

  it('links back to the message it was logged from, in a new tab', () => {
    const { card } = renderCard(base);
    const link = within(card).getByRole('link', { name: 'From a message by Morgan Lee, for Send the slides (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://teams.microsoft.com/l/message/19:abc/1');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('From a message by Morgan Lee');
  });

  it('never makes a link of a source that is not http(s)', () => {
    const { card } = renderCard({ ...base, source: { messageId: '1', linkToMessage: 'javascript:alert(1)', authorName: 'Eve' } });
    // The only link is the card's own "Ask for feedback", not the message's address.
    expect(within(card).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#/feedback?ask=commitment%3A01HZZZZZZZZZZZZZZZZZZZZZZZ']);
    expect(card.textContent).toContain('From a message by Eve');
  });

  it('offers mark done, edit, drop and delete on an open one, and hands over the button pressed', async () => {
    const { card, actions } = renderCard({ ...base, sharedInOneOnOne: false, source: undefined });
    expect(within(card).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Mark done: Send the slides',
      'Drop: Send the slides',
      'Edit commitment: Send the slides',
      'Delete commitment: Send the slides',
    ]);
    expect(card.textContent).not.toContain('Shared in 1:1');
    const markDone = within(card).getByRole('button', { name: 'Mark done: Send the slides' });
    await userEvent.click(markDone);
    expect(actions.onMarkDone).toHaveBeenCalledWith(markDone);
  });

  it('shows when a done one was done and whether on time, and offers reopen instead', () => {
    const { card } = renderCard({ ...base, status: 'done', doneOn: '2026-06-09' });
    expect(card.textContent).toContain('Done');
    expect(card.textContent).toContain(', 1 day late');
    expect(card.textContent).not.toContain('Overdue');
    expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual(['Reopen', 'Edit', 'Delete']);
  });

  it('marks a dropped one as such and offers reopen instead of mark done and drop', () => {
    const { card } = renderCard({ ...base, status: 'dropped' });
    expect(card.textContent).toContain('Dropped');
    expect(card.textContent).toContain('Was due');
    expect(card.textContent).not.toContain('Overdue');
    expect(within(card).getAllByRole('button').map((button) => button.textContent)).toEqual(['Reopen', 'Edit', 'Delete']);
  });

  it('says when there is no due date', () => {
    const { card } = renderCard({ ...base, dueDate: undefined });
    expect(card.textContent).toContain('No due date');
  });
});
