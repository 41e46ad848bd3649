import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseToolkitActions, repoRoot } from '../../scripts/manifest';

interface AadManifest {
  signInAudience: string;
  identifierUris: string[];
  api: {
    requestedAccessTokenVersion: number;
    oauth2PermissionScopes: { id: string; value: string; type: string; isEnabled: boolean }[];
    preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
  };
  [other: string]: unknown;
}

const read = (relative: string): string => readFileSync(path.join(repoRoot, relative), 'utf8');
const aad = JSON.parse(read('aad.manifest.json')) as AadManifest;

// Microsoft's list of client ids that request tokens for Teams, Outlook and Microsoft 365 tab SSO.
const HOST_CLIENTS = {
  teamsDesktopAndMobile: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  teamsWeb: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  microsoft365Web: '4765445b-32c6-49b0-83e6-1d93765276ca',
  microsoft365Desktop: '0ec893e0-5785-4de6-99da-4ed124e5296c',
  microsoft365MobileAndOutlookDesktop: 'd3590ed6-52b3-4102-aeff-aad2292ab01c',
  outlookWeb: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
  outlookMobile: '27922004-5251-4030-b22d-91ecd9a37ea4',
};

describe('the SSO app registration (aad.manifest.json)', () => {
  it('exposes api://<tab domain>/<client id>, the id the manifest asks tokens for', () => {
    expect(aad.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    const manifest = JSON.parse(read('appPackage/manifest.json')) as { webApplicationInfo: { resource: string } };
    expect(manifest.webApplicationInfo.resource).toBe(aad.identifierUris[0]);
  });

  it('issues v2 tokens to this organisation only, with the access_as_user scope', () => {
    expect(aad.signInAudience).toBe('AzureADMyOrg');
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    expect(aad.api.oauth2PermissionScopes).toEqual([
      expect.objectContaining({ id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}', value: 'access_as_user', type: 'User', isEnabled: true }),
    ]);
  });

  it('pre-authorises exactly the Teams, Outlook and Microsoft 365 clients for that scope', () => {
    const ids = aad.api.preAuthorizedApplications.map((app) => app.appId);
    expect(new Set(ids)).toEqual(new Set(Object.values(HOST_CLIENTS)));
    expect(ids).toHaveLength(new Set(ids).size);
    for (const app of aad.api.preAuthorizedApplications) expect(app.delegatedPermissionIds).toEqual(['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}']);
  });

  it('has no client secret or certificate, and the toolkit is told not to make one', () => {
    expect(aad).not.toHaveProperty('passwordCredentials');
    expect(aad).not.toHaveProperty('keyCredentials');
    const create = parseToolkitActions(read('teamsapp.yml')).find((action) => action.uses === 'aadApp/create');
    expect(create?.text).toMatch(/generateClientSecret: false/);
    expect(create?.writes.some((name) => /SECRET/.test(name))).toBe(false);
  });
});
