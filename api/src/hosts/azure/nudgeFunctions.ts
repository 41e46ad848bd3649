import type { InvocationContext, StorageQueueOutput, Timer } from '@azure/functions';
import { sendNudge } from '../../app/nudgeSend';
import { sweepDueNudges } from '../../app/nudgeSweep';
import type { Services } from '../../app/services';
import { readDueEntry, type DueEntry } from '../../domain/nudges/dueEntry';

/** The storage queue between the sweep and the sender (infra/azure.bicep creates it). */
export const NUDGE_QUEUE = 'nudges';
/** Every 15 minutes on the quarter hour, UTC (six-field NCRONTAB), the buckets' period. */
export const SWEEP_SCHEDULE = '0 */15 * * * *';

/** The slice of `@azure/functions` the nudge functions need. */
export interface NudgeFunctionsApp {
  readonly app: {
    timer(name: string, options: { schedule: string; extraOutputs: StorageQueueOutput[]; handler: (timer: Timer, context: InvocationContext) => Promise<void> }): void;
    storageQueue(name: string, options: { queueName: string; connection: string; handler: (message: unknown, context: InvocationContext) => Promise<void> }): void;
  };
  readonly output: { storageQueue(options: { queueName: string; connection: string }): StorageQueueOutput };
}

/**
 * The timer that sweeps the index of due work and enqueues each reminder, and the
 * queue-triggered sender. The Functions host retries a failed message (up to five times,
 * then the poison queue); the sender's ledger keeps a retried or twice-enqueued reminder
 * from being sent twice. A late timer run (`isPastDue`) catches up on the buckets it missed.
 */
export function registerNudgeFunctions(functions: NudgeFunctionsApp, services: Services): void {
  const queue = functions.output.storageQueue({ queueName: NUDGE_QUEUE, connection: 'AzureWebJobsStorage' });
  functions.app.timer('sweep-nudges', {
    schedule: SWEEP_SCHEDULE,
    extraOutputs: [queue],
    handler: async (timer, context) => {
      const messages: DueEntry[] = [];
      const count = await sweepDueNudges(services, new Date(), async (entries) => {
        messages.push(...entries);
      });
      context.extraOutputs.set(queue, messages);
      services.log.info('nudge-sweep', { enqueued: count, pastDue: timer.isPastDue ? 1 : 0 });
    },
  });
  functions.app.storageQueue('send-nudge', {
    queueName: NUDGE_QUEUE,
    connection: 'AzureWebJobsStorage',
    handler: async (message) => {
      // Messages queued before the upgrade (version 1) are read as commitment reminders.
      const entry = readDueEntry(message);
      if (!entry.success) {
        // A message that is not a reminder would fail every retry: drop it, loudly.
        services.log.error('Dropped a queued nudge that fits no schema', entry.error.issues);
        return;
      }
      const outcome = await sendNudge(services, entry.data, new Date());
      services.log.info('nudge-send', { outcome });
    },
  });
}
