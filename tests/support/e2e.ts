import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousA11yViolations } from './browser';

/** Polls until the assertion holds; the browser, API and storage share one machine, so allow some time. */
export const poll = <T>(read: () => Promise<T>, timeout = 10_000) => expect.poll(read, { timeout });

/** Waits for motion (a dialog opening) to settle, so colour checks see final colours. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/** A dev user of its own per test, so tests never see each other's data. */
export const newUser = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

/** Every screen is checked with axe in each Teams theme, at desktop and at phone width. */
export const A11Y_CASES = [
  { theme: 'light', width: 1280 },
  { theme: 'dark', width: 1280 },
  { theme: 'light', width: 375 },
  { theme: 'dark', width: 375 },
  { theme: 'contrast', width: 1280 },
  { theme: 'contrast', width: 375 },
] as const;

/**
 * Opens a dialog from the button named `opener` and checks it as a keyboard and screen-reader
 * user meets it: focus moves inside, axe finds nothing serious, Escape closes it. `whileOpen`
 * runs before it closes. Where focus lands afterwards is for the caller to check.
 */
export async function expectAccessibleDialog(page: Page, opener: string, dialogName: string, whileOpen?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: opener }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  // Focus moves into the dialog, so keyboard users start in the form.
  await poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await settled(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await whileOpen?.();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}
