import path from 'node:path';
import { z } from 'zod';
import { devDataDir, devEnvSchema, startDevApi, stopOnSignals } from '../../api/src/hosts/local/devDefaults';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { playgroundChatName, startPlayground } from './playground';

// `npm run playground`: the bot side of Upward in Microsoft's Teams-like client, offline. If the
// local API already runs (`npm start`), the playground talks to it, so what is logged there shows
// up in the tab; otherwise this starts the API with the same storage and keys as `npm start`.
const env = devEnvSchema
  .extend({
    PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
    PLAYGROUND_USER: z.string().min(1).default('Avery (employee)'),
    PLAYGROUND_MANAGER: z.string().min(1).default('Morgan (manager)'),
  })
  .parse(process.env);

const apiUrl = `http://localhost:${env.API_PORT}`;

async function apiIsUp(): Promise<boolean> {
  try {
    return (await fetch(`${apiUrl}/api/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

const api: LocalApi | undefined = (await apiIsUp()) ? undefined : await startDevApi(env);

const playground = await startPlayground({
  endpoint: `${apiUrl}/api/messages`,
  port: env.PLAYGROUND_PORT,
  user: env.PLAYGROUND_USER,
  partner: env.PLAYGROUND_MANAGER,
  workDir: path.join(devDataDir(env), 'playground'),
});

console.log(`
  Agents Playground: ${playground.url}   (signed in as the dev user "${env.PLAYGROUND_USER}")
  Bot endpoint:      ${apiUrl}/api/messages   (${api === undefined ? 'the API you already run' : 'started here'})
  Try it: open the "${playgroundChatName(env.PLAYGROUND_USER, env.PLAYGROUND_MANAGER)}" chat, send a message, then on the message:
          ... > Action Command > Command ID "logItem" > Adaptive Cards > Create.
  Press Ctrl-C to stop.
`);

stopOnSignals(async () => {
  await playground.stop();
  await api?.stop();
});
