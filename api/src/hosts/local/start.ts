import path from 'node:path';
import { createServer } from 'vite';
import { devEnvSchema, devTabOrigin, startDevApi, stopOnSignals } from './devDefaults';
import { repoRoot } from './stack';

// `npm start`: Azurite (unless TABLES_CONNECTION_STRING is set), the API and the tab's dev server.
const env = devEnvSchema.parse(process.env);
const api = await startDevApi(env);

// vite.config.ts proxies /api and /dev to API_PORT, so the tab talks to its own origin.
process.env.API_PORT = String(env.API_PORT);
const tab = await createServer({ root: repoRoot, configFile: path.join(repoRoot, 'vite.config.ts') });
await tab.listen();

console.log(`
  Upward is running locally.
  Tab:      ${devTabOrigin(env)}/#/personal   (outside Teams: pick a dev user at the top)
  API:      ${api.baseUrl}/api   (health: ${api.baseUrl}/api/health)
  Storage:  ${api.azurite === undefined ? 'TABLES_CONNECTION_STRING' : `Azurite on 127.0.0.1:${api.azurite.port}, data in .local/azurite`}
  Press Ctrl-C to stop everything.
`);

stopOnSignals(async () => {
  await tab.close();
  await api.stop();
});
