import { describe, expect, it } from 'vitest';
import { SendError, withRetries, type RetryPolicy } from './proactive';

function policy(waits: number[]): RetryPolicy {
  return { attempts: 4, baseDelayMs: 100, maxDelayMs: 250, sleep: async (ms) => void waits.push(ms), random: () => 0.999 };
}

describe('withRetries', () => {
  it('retries 429, 412, 502 and 504 with growing, capped, jittered waits', async () => {
    const waits: number[] = [];
    const statuses = [429, 412, 502];
    const result = await withRetries(async () => {
      const status = statuses.shift();
      if (status !== undefined) throw new SendError(status);
      return 'sent';
    }, policy(waits));
    expect(result).toBe('sent');
    expect(waits).toEqual([99, 199, 249]);
  });

  it('does not retry a refusal that will not change (403), and stops after the last attempt', async () => {
    let calls = 0;
    await expect(withRetries(async () => {
      calls++;
      throw new SendError(403);
    }, policy([]))).rejects.toThrowError(SendError);
    expect(calls).toBe(1);
    calls = 0;
    await expect(withRetries(async () => {
      calls++;
      throw new SendError(504);
    }, policy([]))).rejects.toThrowError(SendError);
    expect(calls).toBe(4);
  });
});
