import { sendNudge } from '../../app/nudgeSend';
import { sweepDueNudges } from '../../app/nudgeSweep';
import type { RetryPolicy } from '../../app/proactive';
import type { Services } from '../../app/services';
import type { DueEntry } from '../../store/dueIndexStore';

/** The local stand-in for the Azure timer and queue: runs the same sweep and sender. */
export interface NudgeScheduler {
  /** One timer run at the clock's time: sweep, then send what is queued. Sends that fail stay queued for the next run. */
  tick(): Promise<{ readonly enqueued: number; readonly sent: number; readonly queued: number }>;
  stop(): void;
}

/** Options for {@link startNudgeScheduler}. */
export interface NudgeSchedulerOptions {
  readonly services: Services;
  /** The clock both the sweep and the sender read; tests move it. */
  readonly now: () => Date;
  /** How often to run on its own; 0 runs only when {@link NudgeScheduler.tick} is called. */
  readonly intervalMs: number;
  readonly retry?: RetryPolicy;
}

/**
 * Locally, the 15-minute timer and the storage queue of Azure are this: a timer (or a test)
 * calls `tick`, which sweeps the index of due work into an in-memory queue and sends from it.
 * A failed sweep or send (storage down, connector refusing) is logged and tried again on the
 * next tick, as the queue trigger retries a message in Azure.
 */
export function startNudgeScheduler(options: NudgeSchedulerOptions): NudgeScheduler {
  const { services } = options;
  let queue: DueEntry[] = [];
  let running: Promise<{ enqueued: number; sent: number; queued: number }> | undefined;
  const run = async () => {
    const now = options.now();
    let enqueued = 0;
    try {
      enqueued = await sweepDueNudges(services, now, async (entries) => {
        queue.push(...entries);
      });
    } catch (error) {
      services.log.error('Nudge sweep failed', error);
    }
    let sent = 0;
    const failed: DueEntry[] = [];
    for (const entry of queue) {
      try {
        if ((await sendNudge(services, entry, now, options.retry)) === 'sent') sent++;
      } catch (error) {
        services.log.error('Sending a nudge failed; it stays queued', error);
        failed.push(entry);
      }
    }
    queue = failed;
    return { enqueued, sent, queued: queue.length };
  };
  const tick = () => {
    // One run at a time, as Azure runs one timer instance: a tick during a run waits for it, then runs.
    const next = (running ?? Promise.resolve()).then(run, run);
    running = next;
    return next;
  };
  const timer = options.intervalMs > 0 ? setInterval(() => void tick(), options.intervalMs) : undefined;
  timer?.unref();
  return {
    tick,
    stop: () => clearInterval(timer),
  };
}
