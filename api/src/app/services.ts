import type { AppConfig } from '../config/settings';
import type { ConversationSender } from './proactive';
import { ConversationRefStore } from '../store/conversationRefStore';
import { DownloadLinkStore } from '../store/downloadLinkStore';
import { DueIndexStore } from '../store/dueIndexStore';
import { NudgeLedger } from '../store/nudgeLedger';
import { NudgeSettingsStore } from '../store/nudgeSettingsStore';
import { PartitionStore } from '../store/partitionStore';
import { RosterStore } from '../store/rosterStore';
import { createTableClients } from '../store/tableClients';

/** Structured, content-free log lines: one per request, plus unexpected errors. */
export interface Logger {
  info(event: string, fields: Record<string, string | number>): void;
  error(message: string, error: unknown): void;
}

/** What the use cases depend on, built once per host from the config. */
export interface Services {
  readonly config: AppConfig;
  /** One partition per person: goals, wins, commitments. */
  readonly personal: PartitionStore;
  /** One partition per chat: the shared 1:1 space (agenda, records, comments). */
  readonly shared: PartitionStore;
  /** Who is in which chat, kept by the bot. Shares the chat partitions with `shared`. */
  readonly rosters: RosterStore;
  /** Where the bot may write to someone later, kept by the bot from installation events and every activity. */
  readonly conversations: ConversationRefStore;
  /** Each user's nudge settings (switches, time zone, working hours). */
  readonly nudgeSettings: NudgeSettingsStore;
  /** The index of due work, by 15-minute UTC bucket, and the sweep's state. */
  readonly dueIndex: DueIndexStore;
  /** Which nudges were sent (or skipped), so each is sent once. */
  readonly ledger: NudgeLedger;
  /** Short-lived links that serve a file of someone's data to a browser without their token. */
  readonly downloads: DownloadLinkStore;
  /** Posts to stored conversations (botbuilder, loaded on first use); each host wires it. */
  readonly sender: () => Promise<ConversationSender>;
  readonly log: Logger;
}

/** Table names; one table holds every kind of a scope, partitioned by owner. */
export const TABLES = { personal: 'personal', shared: 'shared', conversations: 'conversations', nudges: 'nudges', downloads: 'downloads' } as const;

/** A logger that writes one JSON line per event to stdout, which Azure Functions forwards to Application Insights. */
export const jsonLogger: Logger = {
  info: (event, fields) => console.log(JSON.stringify({ event, ...fields })),
  error: (message, error) =>
    console.error(JSON.stringify({ event: 'error', message, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })),
};

/** Builds the services from the config; tests may replace any of them (the logger, usually). */
export function createServices(config: AppConfig, overrides: Partial<Services> = {}): Services {
  const tables = createTableClients(config.tables);
  // The stores report rows that fit no schema version through the same logger as everything else.
  const log = overrides.log ?? jsonLogger;
  return {
    config,
    personal: new PartitionStore(tables.get(TABLES.personal), { log }),
    shared: new PartitionStore(tables.get(TABLES.shared), { log }),
    rosters: new RosterStore(tables.get(TABLES.shared)),
    conversations: new ConversationRefStore(tables.get(TABLES.conversations), log),
    nudgeSettings: new NudgeSettingsStore(tables.get(TABLES.nudges), log),
    dueIndex: new DueIndexStore(tables.get(TABLES.nudges), log),
    ledger: new NudgeLedger(tables.get(TABLES.nudges)),
    downloads: new DownloadLinkStore(tables.get(TABLES.downloads)),
    sender: () => Promise.reject(new Error('This host has no proactive sender.')),
    log,
    ...overrides,
  };
}
