/** Latency figures of one load run, in milliseconds; throughput in requests per second. */
export interface LoadResult {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly throughput: number;
  /** Every call's latency, for figures over several runs ({@link combineLoads}). */
  readonly samples: readonly number[];
}

/** The p-th percentile (0..100) of the samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/**
 * Runs `total` calls of `action` from `concurrency` workers, each call timed on its own.
 * Bounded in count by design: it stops by itself.
 */
export async function runLoad(options: { concurrency: number; total: number; action: (index: number) => Promise<void> }): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.total) {
      const index = next++;
      const t0 = performance.now();
      await options.action(index);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedSeconds = (performance.now() - started) / 1000;
  return { count: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), throughput: latencies.length / elapsedSeconds, samples: latencies };
}

/** One result over several runs of the same load: percentiles of all their calls, mean throughput. */
export function combineLoads(results: readonly LoadResult[]): LoadResult {
  const samples = results.flatMap((result) => result.samples);
  const throughput = results.reduce((sum, result) => sum + result.throughput, 0) / Math.max(1, results.length);
  return { count: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), throughput, samples };
}

/** One printable line for a load result. */
export function formatLoad(label: string, result: LoadResult): string {
  return `${label.padEnd(44)} p50 ${result.p50.toFixed(1).padStart(7)} ms   p95 ${result.p95.toFixed(1).padStart(7)} ms   ${result.throughput.toFixed(0).padStart(5)} req/s   (n=${result.count})`;
}
