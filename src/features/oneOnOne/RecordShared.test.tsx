import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT } from '@domain/oneOnOneShared';
import { RecordShared } from './RecordShared';

describe('RecordShared', () => {
  it('files each heads-up with its decision, who made it and when, or says it was undecided', () => {
    const headsUps = [
      { risk: 'Vendor slips', decideBy: '2026-12-10', raisedBy: 'Avery', decision: 'Ship without it', decidedBy: 'Morgan', decidedAt: '2026-12-09T10:00:00.000Z' },
      { risk: 'Audit finds old lists', decideBy: '2026-12-20', raisedBy: 'Avery', decision: '' },
    ];
    render(
      <FluentProvider theme={teamsLightTheme}>
        <RecordShared shared={{ ...EMPTY_SNAPSHOT, headsUps }} date="Dec 10" />
      </FluentProvider>,
    );
    const items = screen.getByRole('list', { name: 'Heads-ups on Dec 10' }).querySelectorAll('li');
    expect(items[0]?.textContent).toContain('Avery: Vendor slips');
    expect(items[0]?.textContent).toContain('Decided: Ship without it, by Morgan on');
    expect(items[1]?.textContent).toContain('Undecided · decision needed by');
  });
});
