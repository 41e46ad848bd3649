import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import path from 'node:path';

/** Azurite's published development account; not a secret. */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A running Azurite table service. */
export interface Azurite {
  readonly port: number;
  readonly connectionString: string;
  stop(): Promise<void>;
}

/** The connection string for an Azurite table endpoint on loopback. */
export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

/** Asks the OS for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        reject(new Error(`Azurite exited with code ${child.exitCode}`));
        return;
      }
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Azurite did not open port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts Azurite's table service from this project's node_modules (not through npx, whose
 * child would outlive us) and stops it by PID. `location` keeps data across restarts;
 * without it the data lives in memory.
 */
export async function startAzurite(options: { port: number; location?: string; root: string }): Promise<Azurite> {
  const args = ['--tableHost', '127.0.0.1', '--tablePort', String(options.port), '--skipApiVersionCheck', '--disableProductStyleUrl', '--disableTelemetry'];
  if (options.location === undefined) args.push('--inMemoryPersistence');
  else {
    await mkdir(options.location, { recursive: true });
    args.push('--location', options.location);
  }
  const bin = path.join(options.root, 'node_modules', '.bin', 'azurite-table');
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  await waitForPort(options.port, child, 20_000);
  return {
    port: options.port,
    connectionString: azuriteConnectionString(options.port),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        // SIGINT is Azurite's graceful stop: it flushes its database before exiting.
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGINT');
      }),
  };
}
