import { describe, expect, it } from 'vitest';
import { hashForSubPage, parseScreen } from './routes';

describe('deep links into the personal tab', () => {
  it('opens the page a card names by its subEntityId, and nothing else for an item id or none', () => {
    expect(hashForSubPage('updates')).toBe('#/updates');
    expect(hashForSubPage('wins')).toBe('#/personal');
    expect(hashForSubPage('nudges')).toBe('#/nudges');
    expect(hashForSubPage('01HZZZZZZZZZZZZZZZZZZZZZZZ')).toBeUndefined();
    expect(hashForSubPage('constructor')).toBeUndefined();
    expect(hashForSubPage(undefined)).toBeUndefined();
    expect(parseScreen('#/nudges')).toEqual({ name: 'nudges' });
  });
});
