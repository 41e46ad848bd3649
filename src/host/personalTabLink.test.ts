import { describe, expect, it } from 'vitest';
import { itemDeepLink } from '@domain/nudges/commitmentCard';
import { hashForSubPage } from './personalTabLink';

describe('links into the personal tab', () => {
  it('opens the screen a sub-page id names, and nothing else', () => {
    expect(hashForSubPage('updates?chatId=19%3Aabc')).toBe('#/updates?chatId=19%3Aabc');
    expect(hashForSubPage('updates')).toBe('#/updates');
    expect(hashForSubPage('nudges')).toBe('#/nudges');
    expect(hashForSubPage('personal')).toBe('#/personal');
    expect(hashForSubPage('01HZZZZZZZZZZZZZZZZZZZZZZZ')).toBeUndefined();
    expect(hashForSubPage('constructor')).toBeUndefined();
    expect(hashForSubPage('data')).toBeUndefined();
    expect(hashForSubPage('')).toBeUndefined();
    expect(hashForSubPage(undefined)).toBeUndefined();
  });

  it('is a Teams deep link to the personal tab whose context carries the route as subEntityId', () => {
    const url = new URL(itemDeepLink('app-1', 'updates?chatId=19%3Aabc'));
    expect(url.pathname).toBe('/l/entity/app-1/home');
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'updates?chatId=19%3Aabc' });
  });
});
