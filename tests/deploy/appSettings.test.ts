import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { azureSettingsSchema, ConfigError, loadAzureConfig } from '../../api/src/hosts/azure/settings';
import { repoRoot } from '../../scripts/manifest';

const bicep = readFileSync(path.join(repoRoot, 'infra', 'azure.bicep'), 'utf8');
const parameterFile = JSON.parse(readFileSync(path.join(repoRoot, 'infra', 'azure.parameters.json'), 'utf8')) as {
  parameters: Record<string, { value: unknown }>;
};

/** The text from the bracket at `open` to its matching close, skipping bicep string literals. */
function balanced(text: string, open: number): string {
  const pairs: Record<string, string> = { '[': ']', '{': '}' };
  const opener = text[open] ?? '';
  const closer = pairs[opener];
  if (closer === undefined) throw new Error(`No bracket at ${open}`);
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === "'") inString = false;
    } else if (c === "'") inString = true;
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return text.slice(open, i + 1);
  }
  throw new Error(`Unbalanced ${opener} at ${open}`);
}

/** The body of `resource <symbol> '<type>' = {...}`. */
function resourceBlock(symbol: string): string {
  const match = new RegExp(`^resource ${symbol} '[^']+' = `, 'm').exec(bicep);
  if (match === null) throw new Error(`No resource ${symbol} in infra/azure.bicep`);
  return balanced(bicep, match.index + match[0].length);
}

/** name -> value expression of the Function App's `appSettings` array. */
function appSettings(): Map<string, string> {
  const site = resourceBlock('functionApp');
  const start = site.indexOf('appSettings: [');
  expect(start).toBeGreaterThan(-1);
  const block = balanced(site, start + 'appSettings: '.length);
  const entries = [...block.matchAll(/\{\s*name:\s*'([^']+)',\s*value:\s*(.+?)\s*\}\s*$/gm)];
  // Every `name:` must have been read: an entry in another layout would otherwise go unchecked.
  expect(entries).toHaveLength([...block.matchAll(/\bname:/g)].length);
  return new Map(entries.map((entry) => [entry[1] ?? '', entry[2] ?? '']));
}

/** Identifiers an expression refers to, including those inside `${...}` of its string literals. */
function identifiers(expression: string): string[] {
  let code = '';
  let inString = false;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (!inString) {
      if (c === "'") inString = true;
      else code += c;
      continue;
    }
    if (c === '\\') i++;
    else if (c === "'") {
      inString = false;
      code += ' ';
    } else if (c === '$' && expression[i + 1] === '{') {
      const interpolation = balanced(expression, i + 1);
      code += ` ${interpolation.slice(1, -1)} `;
      i += interpolation.length;
    }
  }
  return [...code.matchAll(/\b[A-Za-z_]\w*\b/g)].map((match) => match[0]);
}

const params = new Map([...bicep.matchAll(/^param\s+(\w+)\s+\w+(\s*=.*)?$/gm)].map((match) => [match[1] ?? '', match[2] !== undefined]));
const vars = new Map([...bicep.matchAll(/^var\s+(\w+)\s*=\s*(.+)$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));

/** The bicep parameters an expression depends on, directly or through variables. */
function paramsOf(expression: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  for (const name of identifiers(expression)) {
    if (params.has(name)) found.add(name);
    const definition = vars.get(name);
    if (definition !== undefined && !seen.has(name)) {
      seen.add(name);
      for (const param of paramsOf(definition, seen)) found.add(param);
    }
  }
  return found;
}

/** A full set of settings of the shape infra/azure.bicep produces. */
const sampleSettings: Record<string, string> = {
  UPWARD_ENV: 'azure',
  TABLES_ENDPOINT: 'https://stupwardabc123.table.core.windows.net/',
  AZURE_CLIENT_ID: '11111111-1111-4111-8111-111111111111',
  AUTH_CLIENT_ID: '22222222-2222-4222-8222-222222222222',
  AUTH_AUDIENCE: 'api://purple-sea-0a1b2c3d4.5.azurestaticapps.net/22222222-2222-4222-8222-222222222222',
  AUTH_ISSUER: 'https://login.microsoftonline.com/{tid}/v2.0',
  AUTH_JWKS_URI: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
  AUTH_ALLOWED_TENANTS: '33333333-3333-4333-8333-333333333333',
  BOT_ID: '44444444-4444-4444-8444-444444444444',
  BOT_TENANT_ID: '33333333-3333-4333-8333-333333333333',
  BOT_APP_TYPE: 'UserAssignedMSI',
  TAB_ORIGIN: 'https://purple-sea-0a1b2c3d4.5.azurestaticapps.net',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=55555555-5555-4555-8555-555555555555;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
};

describe("the Function App's settings", () => {
  const settings = appSettings();
  const required = Object.keys(azureSettingsSchema.shape);

  it('set every variable of the API config schema', () => {
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((name) => !settings.has(name))).toEqual([]);
  });

  it('derive only from bicep parameters that have a default or a value in azure.parameters.json', () => {
    const reached = new Set(required.flatMap((name) => [...paramsOf(settings.get(name) ?? '')]));
    // The SSO client id is the one setting that comes from outside the template.
    expect(reached).toContain('aadAppClientId');
    const unset = [...reached].filter((param) => params.get(param) !== true && !(param in parameterFile.parameters));
    expect(unset).toEqual([]);
  });

  it('hold literal values the API config schema accepts', () => {
    const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> = azureSettingsSchema.shape;
    const literals = required.flatMap((name) => {
      const literal = /^'([^'$]*)'$/.exec(settings.get(name) ?? '');
      return literal === null ? [] : [[name, literal[1] ?? ''] as const];
    });
    expect(literals.map(([name]) => name)).toEqual(expect.arrayContaining(['UPWARD_ENV', 'AUTH_ISSUER', 'AUTH_JWKS_URI', 'BOT_APP_TYPE']));
    for (const [name, value] of literals) expect(shape[name]?.safeParse(value).success, `${name}=${value}`).toBe(true);
  });

  it('point the API at its managed identity, the bot identity, the SSO app and the tab', () => {
    expect(settings.get('AZURE_CLIENT_ID')).toBe('apiIdentity.properties.clientId');
    expect(settings.get('AzureWebJobsStorage__clientId')).toBe('apiIdentity.properties.clientId');
    expect(settings.get('AzureWebJobsStorage__credential')).toBe("'managedidentity'");
    expect(settings.get('BOT_ID')).toBe('botIdentity.properties.clientId');
    expect(settings.get('AUTH_CLIENT_ID')).toBe('aadAppClientId');
    expect(settings.get('AUTH_AUDIENCE')).toBe("'api://${tabDomain}/${aadAppClientId}'");
    expect(settings.get('TAB_ORIGIN')).toBe('tabOrigin');
    expect(settings.get('TABLES_ENDPOINT')).toBe('storage.properties.primaryEndpoints.table');
  });

  it('hold no key, connection string with a key, or setting Flex Consumption rejects', () => {
    const forbidden = ['AzureWebJobsStorage', 'FUNCTIONS_WORKER_RUNTIME', 'FUNCTIONS_EXTENSION_VERSION', 'WEBSITE_RUN_FROM_PACKAGE', 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', 'WEBSITE_NODE_DEFAULT_VERSION'];
    expect(forbidden.filter((name) => settings.has(name))).toEqual([]);
    expect(bicep).not.toMatch(/AccountKey|listKeys|SharedAccessSignature|listAccountSas|listServiceSas/i);
  });
});

describe('the infrastructure', () => {
  it('keeps storage keyless and TLS-only', () => {
    const storage = resourceBlock('storage');
    expect(storage).toMatch(/kind: 'StorageV2'/);
    expect(storage).toMatch(/allowSharedKeyAccess: false/);
    expect(storage).toMatch(/minimumTlsVersion: 'TLS1_2'/);
    expect(storage).toMatch(/supportsHttpsTrafficOnly: true/);
    expect(storage).toMatch(/allowBlobPublicAccess: false/);
  });

  it("grants the API's identity Storage Table Data Contributor on the account", () => {
    const assignment = resourceBlock('apiTableData');
    expect(vars.get('storageTableDataContributor')).toBe("'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'");
    expect(assignment).toMatch(/scope: storage\b/);
    expect(assignment).toMatch(/storageTableDataContributor\)/);
    expect(assignment).toMatch(/principalId: apiIdentity\.properties\.principalId/);
  });

  it('runs the API on Node 22, HTTPS only, TLS 1.2, no FTP, CORS for the tab alone', () => {
    const site = resourceBlock('functionApp');
    expect(site).toMatch(/httpsOnly: true/);
    expect(site).toMatch(/minTlsVersion: '1\.2'/);
    expect(site).toMatch(/ftpsState: 'Disabled'/);
    expect(site).toMatch(/name: 'node'\s+version: '22'/);
    const cors = /allowedOrigins: (\[[^\]]*\])/.exec(site)?.[1] ?? '';
    expect(cors.replace(/\s+/g, ' ')).toBe('[ tabOrigin ]');
    expect(vars.get('tabOrigin')).toBe("'https://${tabDomain}'");
    expect(site).toMatch(/type: 'UserAssignedIdentity'\s+userAssignedIdentityResourceId: apiIdentity\.id/);
  });

  it('registers the bot with its managed identity, the API endpoint and the Teams channel', () => {
    const bot = resourceBlock('bot');
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot).toMatch(/msaAppId: botIdentity\.properties\.clientId/);
    expect(bot).toMatch(/msaAppMSIResourceId: botIdentity\.id/);
    expect(bot).toMatch(/msaAppTenantId: tenantId/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{apiHost\}\/api\/messages'/);
    expect(resourceBlock('teamsChannel')).toMatch(/channelName: 'MsTeamsChannel'/);
  });
});

describe('loadAzureConfig', () => {
  it('accepts a complete set of settings', () => {
    const config = loadAzureConfig(sampleSettings);
    expect(config.mode).toBe('azure');
    expect(config.corsOrigin).toBe(sampleSettings.TAB_ORIGIN);
  });

  it('throws a ConfigError naming the setting that is missing', () => {
    const incomplete = { ...sampleSettings };
    delete incomplete.TABLES_ENDPOINT;
    let caught: unknown;
    try {
      loadAzureConfig(incomplete);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).settings).toEqual(['TABLES_ENDPOINT']);
    expect((caught as ConfigError).message).toContain('TABLES_ENDPOINT');
  });
});
