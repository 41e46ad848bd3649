import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './stack';
import { tabProxy } from './tabProxy';

// Vite reads a proxy key that starts with `^` as a regular expression over the request URL.
const [key = ''] = Object.keys(tabProxy('http://127.0.0.1:7071'));
const forwarded = (url: string) => new RegExp(key).test(url);

/** The paths under `/api/src/` the dev server serves as modules: every file of api/src the tab imports. */
async function tabModulesUnderApi(): Promise<string[]> {
  const modules = new Set<string>();
  for (const entry of await readdir(path.join(repoRoot, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const source = await readFile(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(/from '(\.[^']*api\/src\/[^']*)'/g)) {
      modules.add(`/${path.relative(repoRoot, path.resolve(path.dirname(file), specifier))}.ts`);
    }
    // The `@domain` alias (vite.config.ts) resolves to api/src/domain, and Vite serves those files under that path.
    for (const [, module = ''] of source.matchAll(/from '@domain\/([^']*)'/g)) modules.add(`/api/src/domain/${module}.ts`);
  }
  return [...modules];
}

describe('the tab servers forward to the local API host', () => {
  it('every route of the API, whatever the query, and the dev issuer', () => {
    for (const url of ['/api/health', '/api/openapi.json', '/api/me/overview', '/api/me/wins?goalId=01J', '/api/me/goals/01JABC', '/api/messages', '/api/chats/19%3Aabc%40thread.v2/space', '/api/chats/c/agenda/01J/move', '/dev/jwks', '/dev/token?user=Avery']) {
      expect(forwarded(url), url).toBe(true);
    }
  });

  it('none of the tab’s own modules, though they live under /api/src', async () => {
    const modules = await tabModulesUnderApi();
    expect(modules).toContain('/api/src/domain/winList.ts');
    for (const url of [...modules, ...modules.map((module) => `${module}?t=1700000000000`), '/api/src/domain/goals.ts?import']) {
      expect(forwarded(url), url).toBe(false);
    }
  });

  it('nothing else under /api or /dev', () => {
    for (const url of ['/api', '/api/', '/api/healthz', '/api/me/wins/01J/extra', '/dev', '/dev/', '/dev/tokens', '/devtools/x.js', '/src/app/main.tsx']) {
      expect(forwarded(url), url).toBe(false);
    }
  });
});
