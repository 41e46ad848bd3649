import path from 'node:path';
import { z } from 'zod';
import { repoRoot, startLocalApi, type LocalApi } from './stack';

const port = z.coerce.number().int().min(1).max(65535);

/** The environment `npm start` and `npm run playground` read, with the defaults the README lists. */
export const devEnvSchema = z.object({
  API_PORT: port.default(7071),
  TAB_PORT: port.default(53000),
  AZURITE_PORT: port.default(10002),
  TABLES_CONNECTION_STRING: z.string().min(1).optional(),
  /** Where local state lives (Azurite's data, the dev issuer's key, the playground's files); relative to the repository root. */
  LOCAL_DATA_DIR: z.string().min(1).default('.local'),
});
export type DevEnv = z.infer<typeof devEnvSchema>;

/** The tab's origin in local mode: the one origin the local API allows. */
export function devTabOrigin(env: DevEnv): string {
  return `http://localhost:${env.TAB_PORT}`;
}

/** The directory of local state: `.local/` (git-ignored) unless LOCAL_DATA_DIR names another. */
export function devDataDir(env: DevEnv): string {
  return path.resolve(repoRoot, env.LOCAL_DATA_DIR);
}

/**
 * The local API on the developer's machine: Azurite's data and the dev issuer's key in
 * {@link devDataDir}, so a restart keeps both (and every token issued before it).
 */
export function startDevApi(env: DevEnv): Promise<LocalApi> {
  const localDir = devDataDir(env);
  return startLocalApi({
    root: repoRoot,
    apiPort: env.API_PORT,
    tabOrigin: devTabOrigin(env),
    azuritePort: env.AZURITE_PORT,
    dataDir: path.join(localDir, 'azurite'),
    keyFile: path.join(localDir, 'dev-issuer-key.json'),
    ...(env.TABLES_CONNECTION_STRING === undefined ? {} : { tablesConnectionString: env.TABLES_CONNECTION_STRING }),
  });
}

/** Runs `stop` once on Ctrl-C or SIGTERM, then exits, so nothing is left running. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
