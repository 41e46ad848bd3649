import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Polls until the assertion holds; the browser, API and storage share one machine, so allow some time. */
export const poll = <T>(read: () => Promise<T>, timeout = 10_000) => expect.poll(read, { timeout });

/** Waits for motion (a dialog opening) to settle, so colour checks see final colours. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/** A dev user of its own per test, so tests never see each other's data. */
export const newUser = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

/** Every screen is checked with axe in each Teams theme, and at phone width in light and dark. */
export const A11Y_CASES = [
  { theme: 'light', width: 1280 },
  { theme: 'dark', width: 1280 },
  { theme: 'light', width: 375 },
  { theme: 'dark', width: 375 },
  { theme: 'contrast', width: 1280 },
] as const;
