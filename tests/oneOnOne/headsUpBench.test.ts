import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { benchHeadsUps } from '../bench/headsUps';
import { startTestApi } from '../support/apiHarness';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('the heads-up bench', () => {
  it('decides on cards and loads a space with open heads-ups, and reports both beside their floors', async () => {
    const lines = await benchHeadsUps(api, { connectionString: inject('tablesConnectionString'), invokes: 8, loads: 32, concurrency: 2, openHeadsUps: 3, pastOneOnOnes: 1 });
    expect(lines).toHaveLength(15);
    expect(lines[2]).toMatch(/API adaptiveCard\/action .*p95/);
    expect(lines[5]).toContain('3 open heads-ups');
    expect(lines[8]).toMatch(/^ {2}API p95 \/ raw p95 = \d+\.\d\dx \(target <= 1.25x\)/);
    expect(lines[11]).toContain('only its 3 open heads-ups');
    expect(lines[14]).toMatch(/^ {2}API p95 \/ raw p95 = \d+\.\d\dx \(not held/);
  }, 120_000);
});
