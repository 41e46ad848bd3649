import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NudgeSettingsView } from '@domain/nudges/nudgeSettingsView';
import { renderWithApi, withoutMotion, type FakeSend } from '../../shared/ui/testSupport';
import { NudgeSettingsForm } from './NudgeSettingsForm';

withoutMotion();

const view: NudgeSettingsView = {
  version: 'W/"1"',
  settings: {
    switches: { commitmentDue: true, oneOnOneTomorrow: true, updateDue: true, weeklyWins: true },
    timeZone: 'Europe/Berlin',
    workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
    winsDay: 5,
  },
};

function renderForm(send: FakeSend) {
  const handlers = { onSaved: vi.fn(), onStale: vi.fn(), announce: vi.fn() };
  renderWithApi(<NudgeSettingsForm view={view} {...handlers} />, send);
  return handlers;
}

describe('NudgeSettingsForm', () => {
  it('shows the four nudges as named switches in one group, and the wins day as a labelled picker', () => {
    renderForm(vi.fn<FakeSend>());
    const group = screen.getByRole('group', { name: 'What Upward reminds me of, in my chat with it' });
    const switches = [...group.querySelectorAll('[role="switch"]')].map((element) => element.getAttribute('aria-describedby') !== null);
    expect(switches).toEqual([true, true, true, true]);
    for (const name of ['Commitments coming due', '1:1 tomorrow', 'Update due', 'Log your wins']) expect(screen.getByRole('switch', { name })).toHaveProperty('checked', true);
    expect(screen.getByRole('combobox', { name: 'Day to log my wins' })).toHaveProperty('value', '5');
  });

  it('saves every switch and the wins day with If-Match, all from the keyboard', async () => {
    const send = vi.fn<FakeSend>().mockImplementation(async (_method, _path, body) => ({ version: 'W/"2"', settings: body }));
    const handlers = renderForm(send);
    const user = userEvent.setup();
    // Tab to "1:1 tomorrow" (the second switch) and turn it off with Space.
    screen.getByRole('switch', { name: 'Commitments coming due' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('switch', { name: '1:1 tomorrow' }));
    await user.keyboard(' ');
    await user.click(screen.getByRole('switch', { name: 'Update due' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day to log my wins' }), 'Thursday');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(handlers.onSaved).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith(
      'PUT',
      '/me/nudge-settings',
      { ...view.settings, switches: { commitmentDue: true, oneOnOneTomorrow: false, updateDue: false, weeklyWins: true }, winsDay: 4 },
      { etag: 'W/"1"' },
    );
    expect(handlers.announce).toHaveBeenCalledWith('Nudge settings saved');
  });
});
