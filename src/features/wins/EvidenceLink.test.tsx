import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '../../shared/ui/ExternalLink';
import { EvidenceLink } from './EvidenceLink';

describe('EvidenceLink', () => {
  it('accepts only http(s) URLs as links', () => {
    expect(isHttpUrl('https://example.com/a')).toBe(true);
    expect(isHttpUrl('http://example.com')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,hi')).toBe(false);
    expect(isHttpUrl('/relative')).toBe(false);
  });

  it('opens an http(s) link in a new tab without a handle on this one', () => {
    render(
      <FluentProvider theme={teamsLightTheme}>
        <EvidenceLink url="https://example.com/pr/1" winTitle="Shipped" />
      </FluentProvider>,
    );
    const link = screen.getByRole('link', { name: 'Evidence for Shipped (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://example.com/pr/1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows any other scheme as plain text', () => {
    render(
      <FluentProvider theme={teamsLightTheme}>
        <EvidenceLink url="javascript:alert(1)" winTitle="x" />
      </FluentProvider>,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Evidence: javascript:alert(1)')).toBeTruthy();
  });
});
