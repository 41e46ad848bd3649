import path from 'node:path';
import { createServer } from 'vite';
import { devDataDir, devEnvSchema, devTabOrigin, startDevApi, stopOnSignals } from './devDefaults';
import { repoRoot } from './stack';
import { tabProxy } from './tabProxy';

// `npm start`: Azurite (unless TABLES_CONNECTION_STRING is set), the API and the tab's dev server.
const env = devEnvSchema.parse(process.env);
const api = await startDevApi(env);

// The tab talks to its own origin; the dev server forwards the API's routes (only those) to the API.
const tab = await createServer({
  root: repoRoot,
  configFile: path.join(repoRoot, 'vite.config.ts'),
  server: { proxy: tabProxy(`http://127.0.0.1:${env.API_PORT}`) },
});
await tab.listen();

/** A path as the developer would type it: relative inside the repository, absolute outside it. */
function shownPath(absolute: string): string {
  const relative = path.relative(repoRoot, absolute);
  return relative.startsWith('..') ? absolute : relative;
}

console.log(`
  Upward is running locally.
  Tab:      ${devTabOrigin(env)}/#/personal   (outside Teams: pick a dev user at the top)
  API:      ${api.baseUrl}/api   (health: ${api.baseUrl}/api/health)
  Storage:  ${api.azurite === undefined ? 'TABLES_CONNECTION_STRING' : `Azurite on 127.0.0.1:${api.azurite.port}, data in ${shownPath(path.join(devDataDir(env), 'azurite'))}`}
  Press Ctrl-C to stop everything.
`);

stopOnSignals(async () => {
  await tab.close();
  await api.stop();
});
