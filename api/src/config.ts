import { z } from 'zod';

/**
 * What the API needs to run, whichever host serves it. Built once at start-up:
 * from the Function App's settings in Azure ({@link loadAzureConfig}), or by the
 * local host from its embedded defaults.
 */
export interface AppConfig {
  readonly mode: 'azure' | 'local';
  readonly tables: TablesConfig;
  readonly auth: AuthConfig;
  /** Absent in local mode: the bot endpoint then accepts unauthenticated activities. */
  readonly bot: BotConfig | undefined;
  /** The only origin allowed to call the API from a browser. */
  readonly corsOrigin: string;
}

/** Connection string locally (Azurite), endpoint + managed identity in Azure. */
export type TablesConfig =
  | { readonly kind: 'connectionString'; readonly connectionString: string }
  | { readonly kind: 'endpoint'; readonly endpoint: string; readonly managedIdentityClientId: string | undefined };

/** How bearer tokens are validated: the same code for Entra ID and the local issuer. */
export interface AuthConfig {
  readonly jwksUri: string;
  /** Expected `iss`; `{tid}` stands for the token's own tenant id (Entra's v2 issuer is per tenant). */
  readonly issuer: string;
  readonly audiences: readonly string[];
  readonly requiredScope: string;
  /** Tenants whose users may call the API; empty means any tenant. */
  readonly allowedTenants: readonly string[];
}

/** The bot's identity, as botbuilder's ConfigurationBotFrameworkAuthentication expects it. */
export interface BotConfig {
  readonly appId: string;
  readonly tenantId: string;
  readonly appType: 'UserAssignedMSI' | 'SingleTenant';
}

const csv = z
  .string()
  .transform((s) => s.split(',').map((part) => part.trim()).filter((part) => part.length > 0));

/** Every Function App setting the API reads in Azure. infra/azure.bicep sets each one. */
export const azureSettingsSchema = z.object({
  UPWARD_ENV: z.literal('azure'),
  TABLES_ENDPOINT: z.url(),
  AZURE_CLIENT_ID: z.uuid(),
  AUTH_CLIENT_ID: z.uuid(),
  AUTH_AUDIENCE: z.string().startsWith('api://'),
  AUTH_ISSUER: z.string().includes('{tid}'),
  AUTH_JWKS_URI: z.url(),
  AUTH_ALLOWED_TENANTS: csv.pipe(z.array(z.uuid())),
  BOT_ID: z.uuid(),
  BOT_TENANT_ID: z.uuid(),
  BOT_APP_TYPE: z.enum(['UserAssignedMSI', 'SingleTenant']),
  TAB_ORIGIN: z.url(),
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().min(1),
});

/** Raised at start-up when a setting is missing or malformed; names each one. */
export class ConfigError extends Error {
  constructor(readonly settings: readonly string[]) {
    super(`Invalid or missing app settings: ${settings.join(', ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the Function App's settings once; throws {@link ConfigError} naming every bad one. */
export function loadAzureConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = azureSettingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError([...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))]);
  }
  const s = parsed.data;
  return {
    mode: 'azure',
    tables: { kind: 'endpoint', endpoint: s.TABLES_ENDPOINT, managedIdentityClientId: s.AZURE_CLIENT_ID },
    auth: {
      jwksUri: s.AUTH_JWKS_URI,
      issuer: s.AUTH_ISSUER,
      // Teams SSO tokens carry the Application ID URI as `aud`; some clients send the bare client id.
      audiences: [s.AUTH_AUDIENCE, s.AUTH_CLIENT_ID],
      requiredScope: 'access_as_user',
      allowedTenants: s.AUTH_ALLOWED_TENANTS,
    },
    bot: { appId: s.BOT_ID, tenantId: s.BOT_TENANT_ID, appType: s.BOT_APP_TYPE },
    corsOrigin: new URL(s.TAB_ORIGIN).origin,
  };
}
