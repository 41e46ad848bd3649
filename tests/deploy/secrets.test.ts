import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/manifest';

// Azurite's well-known development key: published by Microsoft, worthless outside a local emulator.
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

interface SecretPattern {
  readonly name: string;
  readonly pattern: RegExp;
  /** A value that looks like a secret but is known to be harmless. */
  readonly allow?: (match: RegExpMatchArray) => boolean;
}

// Written so that this file's own text matches none of them.
const PATTERNS: readonly SecretPattern[] = [
  { name: 'storage account key', pattern: /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/g, allow: (match) => match[1] === AZURITE_KEY },
  { name: 'private key', pattern: /-{5}BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-{5}/g },
  { name: 'client secret in JSON', pattern: /"client_?secret"\s*:\s*"(?!\$\{\{)[^"\s]+"/gi },
  { name: 'bot password', pattern: /MicrosoftAppPassword\s*[=:]\s*["']?(?!\$\{\{)[^\s"'$]+/g },
  { name: 'Entra ID client secret', pattern: /[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{31,34}/g },
  { name: 'SAS signature', pattern: /[?&]sig=[A-Za-z0-9%+/]{16,}/g },
];

/** Every pattern hit in `text`, as "pattern name: first characters". */
function findSecrets(text: string): string[] {
  const hits: string[] = [];
  for (const { name, pattern, allow } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (allow?.(match) === true) continue;
      hits.push(`${name}: ${match[0].slice(0, 12)}...`);
    }
  }
  return hits;
}

/** Tracked files plus untracked files git does not ignore, minus dependencies and binaries. */
function repositoryTextFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !file.split('/').includes('node_modules'));
  return [...new Set(listed)].filter((file) => {
    const absolute = path.join(repoRoot, file);
    if (!existsSync(absolute) || !statSync(absolute).isFile()) return false;
    return !readFileSync(absolute).subarray(0, 8000).includes(0);
  });
}

describe('secret scan', () => {
  it('flags a sample of every kind of secret it looks for, and lets the Azurite key through', () => {
    // Assembled at run time so the samples never sit in the repository as text.
    const samples = [
      ['DefaultEndpointsProtocol=https;AccountName=x;Account', 'Key=', 'Zm9vYmFy'.repeat(8), '=='].join(''),
      ['-----BEGIN ', 'RSA PRIVATE', ' KEY-----'].join(''),
      ['{"client', 'Secret": "', 'abc123', '"}'].join(''),
      ['MicrosoftApp', 'Password=', 'hunter2hunter2'].join(''),
      ['abc', '8Q~', 'x'.repeat(32)].join(''),
      ['https://st.blob.core.windows.net/c/b?sv=2024-01-01&', 'sig=', 'AbCdEf0123456789%2BAbCdEf'].join(''),
    ];
    expect(samples.map((sample) => findSecrets(sample).length)).toEqual(samples.map(() => 1));
    expect(findSecrets(`UseDevelopmentStorage=true;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY}`)).toEqual([]);
    expect(findSecrets('"clientSecret": "${{SECRET_AAD_APP_CLIENT_SECRET}}"')).toEqual([]);
  });

  it('finds no secret in any file the repository holds or would add', () => {
    const files = repositoryTextFiles();
    // The scan must actually see the repository, this file and the deployment files included.
    expect(files).toEqual(expect.arrayContaining(['tests/deploy/secrets.test.ts', 'infra/azure.bicep', 'teamsapp.yml', 'env/.env.dev']));
    const findings = files.flatMap((file) => findSecrets(readFileSync(path.join(repoRoot, file), 'utf8')).map((hit) => `${file}: ${hit}`));
    expect(findings).toEqual([]);
  });
});
