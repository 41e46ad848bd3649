import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/browser';
import { startTabStack, type TabStack } from '../support/tabStack';

let stack: TabStack;
beforeAll(async () => {
  stack = await startTabStack();
});
afterAll(async () => {
  await stack.stop();
});

describe('tab shell outside Teams', () => {
  it('runs in local mode as the dev user named in the URL', async () => {
    const user = `Casey ${randomUUID().slice(0, 6)}`;
    const { context, page } = await stack.open(user);
    await expect.poll(() => page.getByText('Local mode (outside Teams)').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('combobox', { name: 'Signed in as' }).inputValue()).toBe(user);
    await context.close();
  });

  it.each(['light', 'dark', 'contrast'] as const)('has no serious accessibility violations in the %s theme', async (theme) => {
    const { context, page } = await stack.open(`Casey ${randomUUID().slice(0, 6)}`, { theme });
    // The loaded screen, with its actions, is what a user reads; not the skeletons before it.
    await page.getByRole('button', { name: 'Add goal' }).waitFor();
    await page.getByRole('button', { name: 'Add win' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
