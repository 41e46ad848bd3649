import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../api/src/hosts/local/azurite';
import { repoRoot } from '../../api/src/hosts/local/stack';

/** The local API running in its own process, as in Azure: its URL, a token source and a stop. */
export interface ApiProcess {
  readonly baseUrl: string;
  token(user: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts api/src/hosts/local/apiOnly.ts with tsx against `connectionString` and waits until it answers. */
export async function startApiProcess(connectionString: string): Promise<ApiProcess> {
  const port = await freePort();
  // API_CPU_PROF=<folder> profiles the API process (README, Benchmarks).
  const profile = process.env.API_CPU_PROF === undefined || process.env.API_CPU_PROF === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${process.env.API_CPU_PROF}`];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(repoRoot, 'api/src/hosts/local/apiOnly.ts')], {
    env: { ...process.env, API_PORT: String(port), TABLES_CONNECTION_STRING: connectionString },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('The API process did not start within 60 s'));
    }, 60_000);
    child.once('exit', (code) => reject(new Error(`API process exited with ${code}`)));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('API ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const baseUrl = `http://localhost:${port}`;
  return {
    baseUrl,
    async token(user) {
      const response = await fetch(`${baseUrl}/dev/token?user=${encodeURIComponent(user)}`);
      return ((await response.json()) as { token: string }).token;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
