import type { AppConfig } from '../config/settings';
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
  readonly log: Logger;
}

/** Table names; one table holds every kind of a scope, partitioned by owner. */
export const TABLES = { personal: 'personal', shared: 'shared' } as const;

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
    log,
    ...overrides,
  };
}
