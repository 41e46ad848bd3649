import { describe, expect, it } from 'vitest';
import { addressToRetry } from './lazyWithPreload';

describe('addressToRetry', () => {
  it('gives the file a failed import named, under an address new for each attempt', () => {
    const failure = new TypeError('Failed to fetch dynamically imported module: https://upward.example/assets/GoalDialog-a1b2.js');
    expect(addressToRetry(failure, 1)).toBe('https://upward.example/assets/GoalDialog-a1b2.js?retry=1');
    expect(addressToRetry(failure, 2)).toBe('https://upward.example/assets/GoalDialog-a1b2.js?retry=2');
  });

  it('keeps a query the address already had (the dev server adds its own)', () => {
    const failure = new TypeError('error loading dynamically imported module: http://localhost:53100/src/host/DevBar.tsx?t=17');
    expect(addressToRetry(failure, 1)).toBe('http://localhost:53100/src/host/DevBar.tsx?t=17&retry=1');
  });

  it('has nothing to retry under when the error names no address, so the load runs as written', () => {
    expect(addressToRetry(new TypeError('Importing a module script failed.'), 1)).toBeUndefined();
    expect(addressToRetry('offline', 1)).toBeUndefined();
  });
});
