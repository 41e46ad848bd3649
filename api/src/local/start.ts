import path from 'node:path';
import { createServer } from 'vite';
import { z } from 'zod';
import { repoRoot, startLocalApi } from './stack';

const port = z.coerce.number().int().min(1).max(65535);
const env = z
  .object({
    API_PORT: port.default(7071),
    TAB_PORT: port.default(53000),
    AZURITE_PORT: port.default(10002),
    TABLES_CONNECTION_STRING: z.string().min(1).optional(),
  })
  .parse(process.env);

const tabOrigin = `http://localhost:${env.TAB_PORT}`;
const localDir = path.join(repoRoot, '.local');

const api = await startLocalApi({
  root: repoRoot,
  apiPort: env.API_PORT,
  tabOrigin,
  azuritePort: env.AZURITE_PORT,
  dataDir: path.join(localDir, 'azurite'),
  keyFile: path.join(localDir, 'dev-issuer-key.json'),
  ...(env.TABLES_CONNECTION_STRING === undefined ? {} : { tablesConnectionString: env.TABLES_CONNECTION_STRING }),
});

// vite.config.ts proxies /api and /dev to API_PORT, so the tab talks to its own origin.
process.env.API_PORT = String(env.API_PORT);
const tab = await createServer({ root: repoRoot, configFile: path.join(repoRoot, 'vite.config.ts') });
await tab.listen();

console.log(`
  Upward is running locally.
  Tab:      ${tabOrigin}/#/personal   (outside Teams: pick a dev user at the top)
  API:      ${api.baseUrl}/api   (health: ${api.baseUrl}/api/health)
  Storage:  ${api.azurite === undefined ? 'TABLES_CONNECTION_STRING' : `Azurite on 127.0.0.1:${api.azurite.port}, data in .local/azurite`}
  Press Ctrl-C to stop everything.
`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await tab.close();
  await api.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
