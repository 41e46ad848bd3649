import { TableClient, TableServiceClient } from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import type { TablesConfig } from '../config/settings';

/** Retries stay short so a request fails within about two seconds when storage is down. */
const CLIENT_OPTIONS = {
  retryOptions: { maxRetries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 400 },
  // Azurite serves plain http on loopback; Azure always uses https.
  allowInsecureConnection: true,
} as const;

/** Hands out one TableClient per table name, with the credentials of the environment. */
export interface TableClients {
  get(tableName: string): TableClient;
  /** The service-level client, for a cheap liveness probe. */
  readonly service: TableServiceClient;
}

/** Connection string locally (Azurite); endpoint + managed identity in Azure. */
export function createTableClients(config: TablesConfig): TableClients {
  if (config.kind === 'connectionString') {
    return {
      get: (name) => TableClient.fromConnectionString(config.connectionString, name, CLIENT_OPTIONS),
      service: TableServiceClient.fromConnectionString(config.connectionString, CLIENT_OPTIONS),
    };
  }
  const credential = new DefaultAzureCredential(
    config.managedIdentityClientId === undefined ? {} : { managedIdentityClientId: config.managedIdentityClientId },
  );
  const options = { retryOptions: CLIENT_OPTIONS.retryOptions };
  return {
    get: (name) => new TableClient(config.endpoint, name, credential, options),
    service: new TableServiceClient(config.endpoint, credential, options),
  };
}
