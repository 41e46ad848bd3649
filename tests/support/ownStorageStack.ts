import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startAzurite, type Azurite } from '../../api/src/hosts/local/azurite';
import { repoRoot, startLocalApi, type LocalApi } from '../../api/src/hosts/local/stack';

/** The local API over an Azurite of its own, which a test may take down and bring back on the same port and data. */
export interface OwnStorageStack {
  readonly api: LocalApi;
  readonly connectionString: string;
  storageDown(): Promise<void>;
  storageUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the stack with the nudge scheduler on `now` and ticked only by the test, over storage
 * no other test file sees. For the files that stop storage (the run's shared Azurite cannot be
 * stopped without failing the others) and for those that tick the scheduler: a sweep reads the
 * whole index of due work, and in shared storage it would try to send other files' reminders
 * through their connector stand-ins, stopped once those files end.
 */
export async function startOwnStorageStack(now: () => Date): Promise<OwnStorageStack> {
  const port = await freePort();
  const location = await mkdtemp(path.join(tmpdir(), 'upward-azurite-'));
  let azurite: Azurite = await startAzurite({ port, location, root: repoRoot });
  const api = await startLocalApi({ root: repoRoot, apiPort: 0, tabOrigin: 'http://localhost:53000', tablesConnectionString: azurite.connectionString, quiet: true, now, nudgeIntervalMs: 0 });
  return {
    api,
    connectionString: azurite.connectionString,
    storageDown: () => azurite.stop(),
    async storageUp() {
      azurite = await startAzurite({ port, location, root: repoRoot });
    },
    async stop() {
      await api.stop();
      await azurite.stop();
      await rm(location, { recursive: true, force: true });
    },
  };
}
