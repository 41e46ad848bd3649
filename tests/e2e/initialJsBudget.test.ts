import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_KB, initialJsGzipKb } from '../bench/tab';
import { serveBuiltTab, type ServedTab } from '../support/tabStack';

// Size, not speed: deterministic for a given build, so a test can hold the line that the bench prints.
let tab: ServedTab;
beforeAll(async () => {
  // Nothing is requested from the API here; the preview only needs somewhere to point its proxy.
  tab = await serveBuiltTab('http://127.0.0.1:9');
});
afterAll(async () => {
  await tab.stop();
});

describe('the personal tab as it ships', () => {
  it(`loads at most ${INITIAL_JS_BUDGET_KB} KB of JavaScript, gzipped, before anything lazy`, async () => {
    const kb = await initialJsGzipKb(tab.outDir);
    expect(kb).toBeGreaterThan(50);
    expect(kb).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  });
});
