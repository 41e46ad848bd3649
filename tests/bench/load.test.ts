import { describe, expect, it } from 'vitest';
import { combineLoads, percentile, runLoad } from './load';

describe('percentile', () => {
  it('is nearest-rank over unsorted samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('runLoad', () => {
  it('runs exactly `total` actions with at most `concurrency` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    const result = await runLoad({
      concurrency: 4,
      total: 25,
      action: async (index) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        seen.push(index);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
      },
    });
    expect(result.count).toBe(25);
    expect(peak).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});

describe('combineLoads', () => {
  it('takes percentiles over every call of every round, not an average of the rounds’ percentiles', () => {
    const round = (samples: number[], throughput: number) => ({ count: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), throughput, samples });
    const combined = combineLoads([round([1, 2, 3, 4, 5], 100), round([96, 97, 98, 99, 100], 50)]);
    expect(combined.count).toBe(10);
    expect(combined.p50).toBe(5);
    expect(combined.p95).toBe(100);
    expect(combined.throughput).toBe(75);
  });
});
