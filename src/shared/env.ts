/**
 * Build-time settings, read once. Locally every value has a default that works with
 * `npm start`; an Azure build sets them from the toolkit's env file.
 */
export interface TabEnv {
  /** Where the API lives; empty means this origin (Vite proxies /api locally). */
  readonly apiBaseUrl: string;
  /** Entra app (SSO) client id and login page, for @microsoft/teamsfx inside Teams. */
  readonly clientId: string;
  readonly initiateLoginEndpoint: string;
}

function optionalUrl(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}".`);
  }
}

/** Parsed once at start-up; a malformed value fails loudly. */
export const env: TabEnv = {
  apiBaseUrl: optionalUrl('VITE_API_BASE_URL', import.meta.env.VITE_API_BASE_URL as string | undefined),
  clientId: (import.meta.env.VITE_AAD_CLIENT_ID as string | undefined) ?? '',
  initiateLoginEndpoint: optionalUrl('VITE_INITIATE_LOGIN_ENDPOINT', import.meta.env.VITE_INITIATE_LOGIN_ENDPOINT as string | undefined),
};
