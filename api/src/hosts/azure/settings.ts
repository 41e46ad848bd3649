import { z } from 'zod';
import type { AppConfig } from '../../config/settings';

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
