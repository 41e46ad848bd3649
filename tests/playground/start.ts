import path from 'node:path';
import { z } from 'zod';
import { repoRoot, startLocalApi, type LocalApi } from '../../api/src/local/stack';
import { playgroundChatName, startPlayground } from './playground';

// `npm run playground`: the bot side of Upward in Microsoft's Teams-like client, offline. If the
// local API already runs (`npm start`), the playground talks to it, so what is logged there shows
// up in the tab; otherwise this starts the API with the same storage and keys as `npm start`.
const port = z.coerce.number().int().min(1).max(65535);
const env = z
  .object({
    API_PORT: port.default(7071),
    AZURITE_PORT: port.default(10002),
    PLAYGROUND_PORT: port.default(56150),
    PLAYGROUND_USER: z.string().min(1).default('Avery (employee)'),
    PLAYGROUND_MANAGER: z.string().min(1).default('Morgan (manager)'),
    TABLES_CONNECTION_STRING: z.string().min(1).optional(),
  })
  .parse(process.env);

const localDir = path.join(repoRoot, '.local');
const apiUrl = `http://localhost:${env.API_PORT}`;

async function apiIsUp(): Promise<boolean> {
  try {
    return (await fetch(`${apiUrl}/api/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

let api: LocalApi | undefined;
if (!(await apiIsUp())) {
  api = await startLocalApi({
    root: repoRoot,
    apiPort: env.API_PORT,
    tabOrigin: 'http://localhost:53000',
    azuritePort: env.AZURITE_PORT,
    dataDir: path.join(localDir, 'azurite'),
    keyFile: path.join(localDir, 'dev-issuer-key.json'),
    ...(env.TABLES_CONNECTION_STRING === undefined ? {} : { tablesConnectionString: env.TABLES_CONNECTION_STRING }),
  });
}

const playground = await startPlayground({
  endpoint: `${apiUrl}/api/messages`,
  port: env.PLAYGROUND_PORT,
  user: env.PLAYGROUND_USER,
  manager: env.PLAYGROUND_MANAGER,
  workDir: path.join(localDir, 'playground'),
});

console.log(`
  Agents Playground: ${playground.url}   (signed in as the dev user "${env.PLAYGROUND_USER}")
  Bot endpoint:      ${apiUrl}/api/messages   (${api === undefined ? 'the API you already run' : 'started here'})
  Try it: open the "${playgroundChatName(env.PLAYGROUND_USER, env.PLAYGROUND_MANAGER)}" chat, send a message, then on the message:
          ... > Action Command > Command ID "logItem" > Adaptive Cards > Create.
  Press Ctrl-C to stop.
`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await playground.stop();
  await api?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
