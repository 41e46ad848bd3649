import path from 'node:path';
import type { AppConfig } from '../../config/settings';
import { createRouter } from '../../http/router';
import { createServices, type Services } from '../../app/services';
import { routes } from '../routeTable';
import { lazySender } from '../proactiveSender';
import { freePort, startAzurite, type Azurite } from './azurite';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { startNudgeScheduler, type NudgeScheduler } from './nudgeScheduler';
import { createDevIssuer, type DevIssuer } from './devIssuer';
import { createLocalServer, DEV_ISSUER_PATHS } from './server';

/** Options for {@link startLocalApi}; ports of 0 mean "any free port". */
export interface LocalApiOptions {
  readonly root: string;
  readonly apiPort: number;
  readonly tabOrigin: string;
  /** Use this storage instead of starting Azurite. */
  readonly tablesConnectionString?: string;
  readonly azuritePort?: number;
  /** Where Azurite keeps its data; in memory when absent. */
  readonly dataDir?: string;
  /** Keep the dev issuer's key here so tokens survive restarts. */
  readonly keyFile?: string;
  readonly quiet?: boolean;
  /** The clock nudges are swept and sent by (tests move it); the real time by default. */
  readonly now?: () => Date;
  /** How often the nudge scheduler runs on its own: every minute by default, 0 = only when ticked. */
  readonly nudgeIntervalMs?: number;
}

/** A running local API: its URL, its issuer (to mint tokens in tests) and a stop function. */
export interface LocalApi {
  readonly baseUrl: string;
  readonly issuer: DevIssuer;
  readonly services: Services;
  readonly azurite: Azurite | undefined;
  /** The local Bot Connector stand-in every stored conversation points at: what would have reached Teams. */
  readonly connector: ConnectorStandIn;
  /** The local timer and queue for nudges. */
  readonly nudges: NudgeScheduler;
  stop(): Promise<void>;
}

/** The settings the local host runs with: Azurite (or a given connection string) and the dev issuer. */
export function localConfig(baseUrl: string, tabOrigin: string, issuer: DevIssuer, connectionString: string, connectorUrl?: string): AppConfig {
  return {
    mode: 'local',
    tables: { kind: 'connectionString', connectionString },
    auth: {
      jwksUri: `${baseUrl}${DEV_ISSUER_PATHS.jwks}`,
      issuer: issuer.issuerTemplate,
      audiences: [issuer.audience],
      requiredScope: 'access_as_user',
      allowedTenants: [],
    },
    bot: undefined,
    corsOrigin: tabOrigin,
    ...(connectorUrl === undefined ? {} : { localConnectorUrl: connectorUrl }),
  };
}

/** Starts storage (unless given), the dev issuer and the API over node:http. */
export async function startLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const azurite =
    options.tablesConnectionString === undefined
      ? await startAzurite({ port: options.azuritePort ?? 10002, root: options.root, ...(options.dataDir === undefined ? {} : { location: options.dataDir }) })
      : undefined;
  const connectionString = options.tablesConnectionString ?? azurite?.connectionString ?? '';
  const port = options.apiPort === 0 ? await freePort() : options.apiPort;
  const baseUrl = `http://localhost:${port}`;
  const issuer = await createDevIssuer({ baseUrl, tabOrigin: options.tabOrigin, ...(options.keyFile === undefined ? {} : { keyFile: options.keyFile }) });
  const connector = await startConnectorStandIn();
  const config = localConfig(baseUrl, options.tabOrigin, issuer, connectionString, connector.serviceUrl);
  const quietLog = options.quiet === true ? { log: { info: () => undefined, error: (message: string, error: unknown) => console.error(message, error) } } : {};
  const services = createServices(config, { ...quietLog, sender: lazySender(config.bot) });
  const api = createLocalServer({ router: createRouter(routes, services), issuer, corsOrigin: options.tabOrigin });
  await new Promise<void>((resolve) => api.listen(port, '127.0.0.1', resolve));
  const nudges = startNudgeScheduler({ services, now: options.now ?? (() => new Date()), intervalMs: options.nudgeIntervalMs ?? 60_000 });
  return {
    baseUrl,
    issuer,
    services,
    azurite,
    connector,
    nudges,
    async stop() {
      nudges.stop();
      api.closeAllConnections();
      await new Promise<void>((resolve) => api.close(() => resolve()));
      await connector.stop();
      await azurite?.stop();
    },
  };
}

/** The repository root, from this file's location. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..', '..');
