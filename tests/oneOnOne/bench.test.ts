import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { benchSharedTab } from '../bench/sharedTab';
import { startTestApi } from '../support/apiHarness';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('the shared-tab bench', () => {
  it('seeds a full agenda and past 1:1s, and reports the API beside both raw floors without failures', async () => {
    const lines = await benchSharedTab(api, { requests: 64, concurrency: 8, pastOneOnOnes: 2 });
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('40-item agenda, 2 past 1:1s, 2 members');
    for (const label of ['API', 'raw', 'raw, needed']) {
      expect(lines.some((line) => line.trimStart().startsWith(`${label} `) && /p95 +\d+\.\d ms/.test(line))).toBe(true);
    }
    expect(lines.join('\n')).not.toContain('failed');
    expect(lines[4]).toMatch(/^ {2}API p95 \/ raw p95 = \d+\.\d\dx/);
  });
});
