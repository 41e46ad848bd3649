import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/manifest';

interface StaticWebAppConfig {
  navigationFallback?: { rewrite?: string };
  globalHeaders?: Record<string, string>;
}

const config = JSON.parse(readFileSync(path.join(repoRoot, 'public', 'staticwebapp.config.json'), 'utf8')) as StaticWebAppConfig;
const headers = config.globalHeaders ?? {};

/** Content-Security-Policy directive -> its sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    expect(directives.has(name), `duplicate directive ${name}`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

// The Teams, Outlook and Microsoft 365 hosts allowed to frame the tab, and nothing else.
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

describe('public/staticwebapp.config.json', () => {
  const csp = parseCsp(headers['Content-Security-Policy'] ?? '');

  it('lets exactly the Teams, Outlook and Microsoft 365 hosts frame the tab', () => {
    const ancestors = csp.get('frame-ancestors') ?? [];
    expect(new Set(ancestors)).toEqual(new Set(FRAME_ANCESTORS));
    expect(ancestors).toHaveLength(FRAME_ANCESTORS.length);
    const tooWide = ancestors.filter((source) => source === '*' || /^https?:$/.test(source) || source.startsWith('http:') || source === "'none'");
    expect(tooWide).toEqual([]);
  });

  it('has no X-Frame-Options, which would stop Teams from framing the tab', () => {
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('x-frame-options');
  });

  it('runs only the bundled scripts and talks only to the API and Entra ID', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    // Fluent UI's Griffel injects <style> elements at run time.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const connect = csp.get('connect-src') ?? [];
    expect(connect).toEqual(expect.arrayContaining(["'self'", 'https://login.microsoftonline.com', 'https://*.azurewebsites.net']));
    expect(connect.filter((source) => source === '*' || source === 'https:' || source.startsWith('http:'))).toEqual([]);
  });

  it('sends HSTS for a year with subdomains, nosniff and a referrer policy', () => {
    const hsts = headers['Strict-Transport-Security'] ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0)).toBeGreaterThanOrEqual(31536000);
    expect(hsts).toMatch(/includeSubDomains/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('serves index.html for client-side routes', () => {
    expect(config.navigationFallback?.rewrite).toBe('/index.html');
  });
});
