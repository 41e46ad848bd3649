/**
 * What the API needs to run, whichever host serves it: types only. Each host builds it once
 * at start-up (Azure from the Function App's settings in hosts/azure/settings.ts, the local
 * host from its embedded defaults); the wiring in app/services.ts reads it.
 */
export interface AppConfig {
  readonly mode: 'azure' | 'local';
  readonly tables: TablesConfig;
  readonly auth: AuthConfig;
  /** Absent in local mode: the bot endpoint then accepts unauthenticated activities. */
  readonly bot: BotConfig | undefined;
  /** The only origin allowed to call the API from a browser. */
  readonly corsOrigin: string;
  /**
   * Local only: the Bot Connector stand-in every stored conversation reference points at, so
   * proactive sends are recorded instead of going to Teams. Absent in Azure.
   */
  readonly localConnectorUrl?: string;
  /** The Teams app id (the manifest's `id`), for deep links into the personal tab from cards. */
  readonly teamsAppId?: string;
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
